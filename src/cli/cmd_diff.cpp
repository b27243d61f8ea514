// `tidemark migrate diff [--from SOURCE] [--to SOURCE]`: the DDL from one
// model of the schema to another, where a SOURCE is what the migrations give
// (replayed offline), what the schema files declare, or what a live database
// holds (read through pg_dump --schema-only). SQL by default (the differ's
// dependency order, -- tidemark: lines for what it cannot write), JSON with
// --format json.
#include <fmt/format.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "analyzer/differ.h"
#include "cli/analyze_support.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

struct DiffOptions {
  std::string from = "migrations";
  std::string to = "schema";
  std::string schema_dir;
  std::string pg_dump;
  std::string dev_url;
  bool exit_code = false;
};

int RunDiff(Context& ctx, const DiffOptions& o) {
  std::string schema_dir = o.schema_dir.empty() ? ConfiguredSchemaDir(ctx) : o.schema_dir;
  std::optional<DeclaredSchema> declared;
  std::optional<ReplayedMigrations> replayed;
  std::optional<DeclaredSchema> live;
  std::optional<DeclaredSchema> made;
  EmptyDatabases empty(o.dev_url);
  const bool with_database = o.from == "database" || o.to == "database";
  bool failed = false;
  auto fail = [&]() -> const analyzer::Catalog* {
    failed = true;
    return nullptr;
  };
  auto model = [&](const std::string& source) -> const analyzer::Catalog* {
    if (failed) return nullptr;
    const analyzer::Catalog* catalog = nullptr;
    if (source == "database") {
      if (!live) live = LoadDatabaseSchema(ctx, TargetOf(ctx), o.pg_dump);
      catalog = live ? &live->catalog : nullptr;
    } else if (with_database) {
      std::vector<analyzer::DownPart> ddl;
      if (source == "schema") {
        // The schema files' DDL from an empty schema, which generate would write.
        declared = LoadDeclaredSchema(ctx, schema_dir);
        if (!declared) return fail();
        ddl = analyzer::Diff(analyzer::ReplayHistory({}, 0), declared->catalog);
        for (const auto& p : ddl) {
          if (!p.generated) ctx.Warn("not compared: " + p.comment);
        }
      } else {
        replayed = LoadReplayedMigrations(ctx, ctx.options.dir);
        if (!replayed) return fail();
      }
      made = ThroughServer(ctx, &empty, source == "schema" ? nullptr : &replayed->migrations, ddl,
                           o.pg_dump);
      catalog = made ? &made->catalog : nullptr;
    } else if (source == "schema") {
      if (!declared) declared = LoadDeclaredSchema(ctx, schema_dir);
      catalog = declared ? &declared->catalog : nullptr;
    } else {
      if (!replayed) replayed = LoadReplayedMigrations(ctx, ctx.options.dir);
      catalog = replayed ? &replayed->catalog : nullptr;
    }
    failed = catalog == nullptr;
    return catalog;
  };
  const analyzer::Catalog* from = model(o.from);
  const analyzer::Catalog* to = o.to == o.from ? from : model(o.to);
  if (failed) return with_database ? kExitFailure : kExitUsage;
  std::vector<analyzer::DownPart> parts;
  analyzer::PlanOptions plan_options;
  if (o.to == "schema" && o.from != "schema") {
    // The declared renames: the plan generate writes.
    plan_options.renames = declared->renames;
    parts = analyzer::PlanSchemaMigration(*from, *to, plan_options).up;
  } else if (o.from == "schema" && o.to != "schema") {
    // The declared renames, undone: the same plan, backwards.
    plan_options.renames = declared->renames;
    parts = analyzer::PlanSchemaMigration(*to, *from, plan_options).down;
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
      "diff", "Print the DDL between two of: the migrations, the schema files, the database");
  auto o = std::make_shared<DiffOptions>();
  cmd->add_option("--from", o->from,
                  "migrations: what the migrations give, replayed; schema: the schema files; "
                  "database: what the database (--database-url) holds")
      ->check(CLI::IsMember({"migrations", "schema", "database"}))
      ->capture_default_str();
  cmd->add_option("--to", o->to, "migrations, schema or database, as --from")
      ->check(CLI::IsMember({"migrations", "schema", "database"}))
      ->capture_default_str();
  cmd->add_option("--dev-url", o->dev_url,
                  "An empty database to make the other side on when one is the database "
                  "(default: a scratch PostgreSQL)");
  cmd->add_option("--pg-dump", o->pg_dump,
                  "The pg_dump that reads the database (default: the server's version's)");
  cmd->add_option("--schema-dir", o->schema_dir,
                  "The schema files (default: schema_dir of the config, else schema/)");
  cmd->add_flag("--exit-code", o->exit_code, "Exit 1 when there is a difference");
  commands->push_back({cmd, [o](Context& ctx) { return RunDiff(ctx, *o); }});
}

}  // namespace tidemark::cli
