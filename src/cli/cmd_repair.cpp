// `tidemark migrate repair`: accepts edited checksums and clears dirty marks
// once the user has fixed the database by hand.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {
namespace {

int RunRepair(Context& ctx) {
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  if (int rc = OpenSession(ctx, {}, &session)) return rc;
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  pqxx::work tx(*session.conn);
  nlohmann::json changes = nlohmann::json::array();
  for (const auto& s : states) {
    if (s.applied == nullptr) continue;
    if (s.applied->dirty) {
      session.tracking->ClearDirty(tx, s.applied->version);
      changes.push_back({{"file", s.filename}, {"action", "cleared-dirty"}});
      if (!ctx.json()) {
        ctx.Out() << fmt::format("cleared the dirty mark of {} (it now counts as applied)\n",
                                 s.filename);
      }
    }
    if (s.file != nullptr && s.applied->checksum != s.file->checksum) {
      session.tracking->SetChecksum(tx, s.applied->version, s.file->checksum, s.filename);
      changes.push_back({{"file", s.filename}, {"action", "accepted-checksum"}});
      if (!ctx.json()) ctx.Out() << fmt::format("accepted the edited checksum of {}\n", s.filename);
    }
  }
  tx.commit();
  if (ctx.json()) {
    ctx.Out() << nlohmann::json{{"command", "repair"}, {"changes", changes}}.dump() << "\n";
  } else if (changes.empty() && !ctx.options.quiet) {
    ctx.Out() << "nothing to repair\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterRepair(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "repair", "Accept edited checksums and clear dirty marks after a manual fix");
  commands->push_back(
      {cmd, [](Context& ctx) { return Guarded(ctx, [&] { return RunRepair(ctx); }); }});
}

}  // namespace tidemark::cli
