// `tidemark migrate verify [--database-url URL]`: on an empty scratch
// database, runs every migration Up, Down, Up and checks with catalog
// snapshots that each Down restores exactly the schema before its Up.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"
#include "exec/catalog_snapshot.h"
#include "exec/scratch_postgres.h"

namespace tidemark::cli {
namespace {

struct Problem {
  std::string stage;  // "up", "down", "down-restore", "up-again", "up-again-restore"
  std::string message;
  exec::SnapshotDiff diff;
};

struct Outcome {
  std::string file;
  std::string result = "ok";  // ok | fail | no-down | irreversible | not-run
  std::vector<Problem> problems;
  std::vector<std::string> notes;
};

bool DatabaseIsEmpty(pqxx::connection& conn, std::string* what) {
  pqxx::read_transaction tx(conn);
  pqxx::result r = tx.exec(
      "SELECT format('%s %I.%I', CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' "
      "ELSE 'relation' END, n.nspname, c.relname) FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
      "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' LIMIT 1");
  if (r.empty()) return true;
  *what = r[0][0].as<std::string>();
  return false;
}

void PrintDiff(const Context& ctx, const exec::SnapshotDiff& diff, const char* minus_means,
               const char* plus_means) {
  if (!diff.missing.empty()) ctx.Out() << "      - " << minus_means << ":\n";
  for (const auto& line : diff.missing) ctx.Out() << "      - " << line << "\n";
  if (!diff.unexpected.empty()) ctx.Out() << "      + " << plus_means << ":\n";
  for (const auto& line : diff.unexpected) ctx.Out() << "      + " << line << "\n";
}

int RunVerify(Context& ctx, const std::string& url) {
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;

  std::unique_ptr<exec::ScratchPostgres> scratch;
  exec::ConnectionTarget target{url};
  if (url.empty()) {
    ctx.Log("starting a scratch PostgreSQL");
    scratch = exec::ScratchPostgres::Start();
    target.conninfo = scratch->Url(scratch->CreateDatabase("verify"));
  }
  if (!url.empty()) {
    if (int rc = WaitForDatabase(ctx, target)) return rc;
  }
  std::unique_ptr<pqxx::connection> conn = exec::Connect(target);
  std::string found;
  if (!DatabaseIsEmpty(*conn, &found)) {
    ctx.Error(fmt::format(
        "verify needs an empty database, and {} holds {}; give an empty one, or leave out "
        "--database-url to use a throwaway PostgreSQL",
        target.Redacted(), found));
    return kExitUsage;
  }
  exec::SnapshotOptions snapshot_options;
  snapshot_options.exclude_schemas = {ctx.options.schema};
  auto snap = [&] { return exec::TakeSnapshot(target.conninfo, snapshot_options); };
  exec::Runner runner(*conn, nullptr, StatementLogger(ctx));

  std::vector<Outcome> outcomes;
  bool stopped = false;
  for (const parser::MigrationFile& file : set->migrations) {
    Outcome out;
    out.file = file.filename;
    if (stopped) {
      out.result = "not-run";
      outcomes.push_back(std::move(out));
      continue;
    }
    exec::Step up = exec::MakeStep(file.version.text(), file.filename, file.path(),
                                   file.up.statements, file.up.notransaction);
    auto fail = [&](const std::string& stage, const std::string& message,
                    exec::SnapshotDiff diff = {}) {
      out.result = "fail";
      out.problems.push_back({stage, message, std::move(diff)});
    };
    exec::CatalogSnapshot before = snap();
    exec::StepResult r = runner.Run(up, "verify up");
    if (!r.ok) {
      fail("up", fmt::format("Up failed{}: {}", r.failed_at.empty() ? "" : " at " + r.failed_at,
                             r.error));
      stopped = true;  // later migrations build on this one
      outcomes.push_back(std::move(out));
      continue;
    }
    exec::CatalogSnapshot after_up = snap();
    exec::MigrationState state;
    state.file = &file;
    state.filename = file.filename;
    exec::DownPlan down_plan = exec::PlanDown(state);
    if (down_plan.source == exec::DownPlan::Source::kIrreversible ||
        down_plan.source == exec::DownPlan::Source::kNone) {
      out.result =
          down_plan.source == exec::DownPlan::Source::kIrreversible ? "irreversible" : "no-down";
      outcomes.push_back(std::move(out));
      continue;
    }
    exec::Step down = exec::MakeStep(file.version.text(), file.filename, down_plan.origin,
                                     down_plan.statements, down_plan.notransaction);
    r = runner.Run(down, "verify down");
    if (!r.ok) {
      fail("down", fmt::format("Down failed{}: {}", r.failed_at.empty() ? "" : " at " + r.failed_at,
                               r.error));
      if (r.partial) stopped = true;  // the schema is neither before nor after
      outcomes.push_back(std::move(out));
      continue;
    }
    exec::SnapshotDiff restored = exec::CompareSnapshots(before, snap());
    for (const auto& note : restored.order_notes) out.notes.push_back(note);
    if (!restored.equal()) {
      fail("down-restore", "Down does not restore the schema before Up", restored);
    }
    r = runner.Run(up, "verify up again");
    if (!r.ok) {
      fail("up-again", fmt::format("Up after Down failed{}: {}",
                                   r.failed_at.empty() ? "" : " at " + r.failed_at, r.error));
      stopped = true;
      outcomes.push_back(std::move(out));
      continue;
    }
    exec::SnapshotDiff again = exec::CompareSnapshots(after_up, snap());
    if (!again.equal()) {
      fail("up-again-restore", "Up after Down does not give the schema of the first Up", again);
    }
    outcomes.push_back(std::move(out));
  }

  size_t ok = 0, failed = 0, no_down = 0, not_run = 0;
  for (const auto& o : outcomes) {
    if (o.result == "ok") ++ok;
    if (o.result == "fail") ++failed;
    if (o.result == "no-down" || o.result == "irreversible") ++no_down;
    if (o.result == "not-run") ++not_run;
  }
  if (ctx.json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& o : outcomes) {
      nlohmann::json problems = nlohmann::json::array();
      for (const auto& p : o.problems) {
        problems.push_back({{"stage", p.stage},
                            {"message", p.message},
                            {"missing", p.diff.missing},
                            {"unexpected", p.diff.unexpected}});
      }
      list.push_back(
          {{"file", o.file}, {"result", o.result}, {"problems", problems}, {"notes", o.notes}});
    }
    PrintJson(ctx, "verify",
              nlohmann::json{{"schema_version", 1},
                             {"migrations", list},
                             {"ok", ok},
                             {"failed", failed},
                             {"without_down", no_down},
                             {"not_run", not_run}});
  } else {
    for (const auto& o : outcomes) {
      std::string label = o.result == "ok"             ? "ok"
                          : o.result == "fail"         ? "FAIL"
                          : o.result == "irreversible" ? "no down"
                          : o.result == "no-down"      ? "no down"
                                                       : "not run";
      std::string shown = label;
      if (ctx.color) {
        const char* code = o.result == "ok" ? "32" : o.result == "fail" ? "31" : "33";
        shown = fmt::format("\033[{}m{}\033[0m", code, label);
      }
      ctx.Out() << shown << std::string(10 - label.size(), ' ') << o.file
                << (o.result == "irreversible" ? " (Down irreversible by design)" : "")
                << (o.result == "no-down" ? " (no Down SQL: not checked)" : "") << "\n";
      for (const auto& p : o.problems) {
        ctx.Out() << "    " << p.message << "\n";
        if (p.stage == "down-restore") {
          PrintDiff(ctx, p.diff, "before Up, gone after Down", "after Down, not there before Up");
        } else if (p.stage == "up-again-restore") {
          PrintDiff(ctx, p.diff, "after the first Up only", "after the second Up only");
        }
      }
      for (const auto& n : o.notes)
        ctx.Out() << "    note: " << n << " (column order cannot be restored)\n";
    }
    ctx.Out() << fmt::format("\nverified {}: {} ok, {} failed, {} without down{}\n",
                             Plural(outcomes.size(), "migration", "migrations"), ok, failed,
                             no_down, not_run > 0 ? fmt::format(", {} not run", not_run) : "");
  }
  return failed > 0 ? kExitFailure : kExitOk;
}

}  // namespace

void RegisterVerify(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "verify", "Run every migration Up, Down, Up on a scratch database and check each Down");
  auto url = std::make_shared<std::string>();
  cmd->add_option("--database-url", *url,
                  "An empty database to use (default: a throwaway PostgreSQL started here)");
  commands->push_back(
      {cmd, [url](Context& ctx) { return Guarded(ctx, [&] { return RunVerify(ctx, *url); }); }});
}

}  // namespace tidemark::cli
