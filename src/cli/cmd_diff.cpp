// `tidemark migrate diff [--from migrations|schema] [--to migrations|schema]`:
// the DDL from one model of the schema to the other, offline: what the
// migrations give (replayed) and what the schema files declare. SQL by
// default (the differ's dependency order, -- tidemark: lines for what it
// cannot write), JSON with --json.
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "analyzer/differ.h"
#include "cli/analyze_support.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

struct DiffOptions {
  std::string from = "migrations";
  std::string to = "schema";
  std::string schema_dir;
  bool exit_code = false;
};

int RunDiff(Context& ctx, const DiffOptions& o) {
  std::string schema_dir = o.schema_dir.empty() ? ConfiguredSchemaDir(ctx) : o.schema_dir;
  std::optional<DeclaredSchema> declared;
  std::optional<ReplayedMigrations> replayed;
  auto model = [&](const std::string& source) -> const analyzer::Catalog* {
    if (source == "schema") {
      if (!declared) declared = LoadDeclaredSchema(ctx, schema_dir);
      return declared ? &declared->catalog : nullptr;
    }
    if (!replayed) replayed = LoadReplayedMigrations(ctx, ctx.options.dir);
    return replayed ? &replayed->catalog : nullptr;
  };
  const analyzer::Catalog* from = model(o.from);
  const analyzer::Catalog* to = from != nullptr ? model(o.to) : nullptr;
  if (to == nullptr) return kExitUsage;
  std::vector<analyzer::DownPart> parts;
  if (o.from == "schema" && o.to == "migrations") {
    // The declared renames, undone: the same plan generate writes, backwards.
    analyzer::PlanOptions plan_options;
    plan_options.renames = declared->renames;
    parts = analyzer::PlanSchemaMigration(*to, *from, plan_options).down;
  } else if (o.from == "migrations" && o.to == "schema") {
    analyzer::PlanOptions plan_options;
    plan_options.renames = declared->renames;
    parts = analyzer::PlanSchemaMigration(*from, *to, plan_options).up;
  } else {
    parts = analyzer::Diff(*from, *to);
  }

  if (ctx.json()) {
    nlohmann::json statements = nlohmann::json::array();
    nlohmann::json not_generated = nlohmann::json::array();
    for (const auto& p : parts) {
      if (p.generated && !p.sql.empty()) {
        statements.push_back(
            {{"sql", p.sql},
             {"notransaction", p.notransaction},
             {"comment", p.comment.empty() ? nlohmann::json() : nlohmann::json(p.comment)}});
      } else if (!p.comment.empty()) {
        not_generated.push_back(p.comment);
      }
    }
    PrintJson(ctx, "diff",
              nlohmann::json{{"schema_version", 1},
                             {"from", o.from},
                             {"to", o.to},
                             {"equal", parts.empty()},
                             {"statements", statements},
                             {"not_generated", not_generated}});
  } else if (parts.empty()) {
    ctx.Err() << fmt::format("tidemark: no difference: the {} and the {} give the same schema\n",
                             o.from, o.to);
  } else {
    for (const auto& p : parts) {
      if (!p.comment.empty()) ctx.Out() << "-- tidemark: " << p.comment << "\n";
      if (p.generated && !p.sql.empty()) ctx.Out() << p.sql << ";\n";
    }
  }
  return !parts.empty() && o.exit_code ? kExitFailure : kExitOk;
}

}  // namespace

void RegisterDiff(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "diff", "Print the DDL between the migrations' schema and the schema files' (offline)");
  auto o = std::make_shared<DiffOptions>();
  cmd->add_option("--from", o->from,
                  "migrations: what the migrations give, replayed; schema: the schema files")
      ->check(CLI::IsMember({"migrations", "schema"}))
      ->capture_default_str();
  cmd->add_option("--to", o->to, "migrations or schema, as --from")
      ->check(CLI::IsMember({"migrations", "schema"}))
      ->capture_default_str();
  cmd->add_option("--schema-dir", o->schema_dir,
                  "The schema files (default: schema_dir of the config, else schema/)");
  cmd->add_flag("--exit-code", o->exit_code, "Exit 1 when there is a difference");
  commands->push_back({cmd, [o](Context& ctx) { return RunDiff(ctx, *o); }});
}

}  // namespace tidemark::cli
