// `tidemark migrate baseline V`: marks every migration up to V applied
// without running it (for a database whose schema already holds them).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

int RunBaseline(Context& ctx, const std::string& version_text) {
  auto version = parser::Version::Parse(version_text);
  if (!version) {
    ctx.Error(fmt::format("{}: not a migration version", version_text));
    return kExitUsage;
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  bool known = false;
  for (const auto& m : set->migrations) known = known || m.version == *version;
  if (!known) {
    ctx.Error(fmt::format("no migration in {} has version {}", ctx.options.dir, version_text));
    return kExitUsage;
  }
  Session session;
  if (int rc = OpenSession(ctx, {}, &session)) return rc;
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  pqxx::work tx(*session.conn);
  int batch = session.tracking->NextBatch(tx);
  nlohmann::json marked = nlohmann::json::array();
  size_t count = 0;
  for (const auto& s : states) {
    if (s.status != exec::MigrationStatus::kPending || *version < s.file->version) continue;
    exec::AppliedMigration row = exec::TrackingRow(*s.file, batch);
    row.kind = "baseline";
    session.tracking->Insert(tx, row);
    ++count;
    marked.push_back(s.filename);
    if (!ctx.json() && !ctx.options.quiet) ctx.Out() << "baseline " << s.filename << "\n";
  }
  tx.commit();
  if (ctx.json()) {
    PrintJson(ctx, "baseline",
              nlohmann::json{{"command", "baseline"}, {"batch", batch}, {"marked", marked}});
  } else if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("marked {} applied (baseline, batch {})\n",
                             Plural(count, "migration", "migrations"), batch);
  }
  return kExitOk;
}

}  // namespace

void RegisterBaseline(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "baseline", "Mark every migration up to version V applied without running it");
  auto version = std::make_shared<std::string>();
  TakesVersion(cmd->add_option("V", *version, "Version"))->required();
  commands->push_back({cmd, [version](Context& ctx) {
                         return Guarded(ctx, [&] { return RunBaseline(ctx, *version); });
                       }});
}

}  // namespace tidemark::cli
