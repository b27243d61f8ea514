// `tidemark migrate drift [--exit-code] [--dev-url URL]`: does the database
// hold the schema its applied migrations give? Objects added, dropped or
// changed by hand are listed; the comparison is PostgreSQL's own (the
// migrations are replayed on an empty scratch database). With --targets,
// over a fleet (docs/fleet.md).
#include <fmt/format.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/fleet_common.h"
#include "cli/json_report.h"
#include "exec/archive.h"
#include "exec/drift.h"
#include "exec/scratch_postgres.h"

namespace tidemark::cli {
namespace {

struct DriftOptions {
  bool exit_code = false;
  std::string dev_url;
  FleetOptions fleet;
};

const char* ChangeMeaning(const std::string& change) {
  if (change == "added") return "in the database, not in the migrations";
  if (change == "missing") return "in the migrations, not in the database";
  return "defined apart";
}

int RunDrift(Context& ctx, const DriftOptions& o) {
  if (FleetRequested(ctx, o.fleet)) {
    FleetOptions fleet = o.fleet;
    fleet.dev_url = o.dev_url;
    exec::FleetRequest request;
    request.command = exec::FleetCommand::kDrift;
    return RunFleetCommand(ctx, fleet, request, o.exit_code);
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  if (int rc = OpenSession(ctx, {.lock = false, .create = false}, &session)) return rc;

  std::map<std::string, const parser::MigrationFile*> by_version;
  for (const auto& m : set->migrations) by_version[m.version.text()] = &m;
  exec::DriftCheck check;
  check.live = session.target.conninfo;
  // The tracking schema, and the data rollback --keep-data kept.
  check.exclude_schemas = {ctx.options.schema,
                           ctx.config.archive_schema.value_or(exec::kDefaultArchiveSchema)};
  for (const auto& row : session.applied) {
    if (row.dirty) {
      ctx.Error(fmt::format(
          "{} is dirty (a run failed{}): the database is between two schemas; repair it "
          "before checking drift",
          row.name, row.failed_at ? " at " + *row.failed_at : ""));
      return kExitFailure;
    }
    auto it = by_version.find(row.version);
    if (it == by_version.end()) {
      ctx.Error(fmt::format(
          "{} is applied but its file is not in {}: drift needs every applied migration's Up",
          row.name, ctx.options.dir));
      return kExitFailure;
    }
    const parser::MigrationFile& f = *it->second;
    check.ups.push_back(exec::MakeStep(f.version.text(), f.filename, f.path(), f.up.statements,
                                       f.up.notransaction));
  }

  std::unique_ptr<exec::ScratchPostgres> scratch;
  if (o.dev_url.empty()) {
    ctx.Log("starting a scratch PostgreSQL");
    scratch = exec::ScratchPostgres::Start();
    check.scratch = scratch->ConnectionString(scratch->CreateDatabase("drift"));
  } else {
    check.scratch = exec::ConnectionTarget{o.dev_url}.conninfo;
  }
  exec::DriftReport report = exec::CheckDrift(check);

  if (ctx.json()) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& c : report.changes) {
      changes.push_back(
          {{"object", c.object}, {"change", c.change}, {"expected", c.expected}, {"live", c.live}});
    }
    PrintJson(ctx, "drift",
              nlohmann::json{{"schema_version", 1},
                             {"drift", report.drifted()},
                             {"applied", check.ups.size()},
                             {"changes", changes},
                             {"order_notes", report.order_notes}});
  } else if (!report.drifted()) {
    ctx.Out() << fmt::format("no drift: the database holds the schema of its {}\n",
                             Plural(check.ups.size(), "applied migration", "applied migrations"));
  } else {
    ctx.Out() << fmt::format("drift: {} differ from what the {} give\n",
                             Plural(report.changes.size(), "object", "objects"),
                             Plural(check.ups.size(), "applied migration", "applied migrations"));
    for (const auto& c : report.changes) {
      ctx.Out() << fmt::format("  {:<8} {} ({})\n", c.change, c.object, ChangeMeaning(c.change));
      if (c.change != "changed") continue;
      for (const auto& line : c.expected) ctx.Out() << "      - migrations: " << line << "\n";
      for (const auto& line : c.live) ctx.Out() << "      + database:   " << line << "\n";
    }
  }
  if (!ctx.json()) {
    for (const auto& n : report.order_notes) ctx.Out() << "  note: " << n << "\n";
  }
  return report.drifted() && o.exit_code ? kExitFailure : kExitOk;
}

}  // namespace

void RegisterDrift(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "drift", "Check that the database holds the schema its applied migrations give");
  auto o = std::make_shared<DriftOptions>();
  cmd->add_flag("--exit-code", o->exit_code, "Exit 1 when the database has drifted");
  cmd->add_option("--dev-url", o->dev_url,
                  "An empty database to replay the migrations on (with --targets: a server, "
                  "where a database per distinct set of applied migrations is created and "
                  "dropped; default: a throwaway PostgreSQL started here)");
  AddFleetOptions(cmd, &o->fleet, false, true);
  commands->push_back(
      {cmd, [o](Context& ctx) { return Guarded(ctx, [&] { return RunDrift(ctx, *o); }); }});
}

}  // namespace tidemark::cli
