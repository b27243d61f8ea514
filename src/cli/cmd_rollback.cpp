// `tidemark migrate rollback [N] [--batch] [--all --yes] [--to V] [--dry-run]`
// and `tidemark migrate down`: undo applied migrations, newest first.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/fleet_common.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

struct RollbackOptions {
  int count = 0;  // 0: 1 unless another selector is given
  bool batch = false;
  bool all = false;
  bool yes = false;
  std::string to;
  std::string one;  // `down VERSION`
  bool dry_run = false;
  KeepDataFlags keep;
};

std::string Names(const std::vector<const exec::MigrationState*>& states) {
  std::string list;
  for (const auto* s : states) list += (list.empty() ? "" : ", ") + s->filename;
  return list;
}

// Migrations newer than --to that stay applied because something the target
// keeps was applied after them.
void WarnHeldBelow(Context& ctx, const exec::RollbackPlan& plan, const std::string& to) {
  if (plan.held_below.empty()) return;
  ctx.Error(fmt::format(
      "{} stay applied although newer than --to {}: migrations the target keeps were applied "
      "after them, and rollback never undoes a migration while a newer one stays applied",
      Names(plan.held_below), to));
}

int RunRollback(Context& ctx, const RollbackOptions& opt, const char* command,
                const FleetOptions* fleet = nullptr) {
  int selectors = (opt.count > 0) + opt.batch + opt.all + !opt.to.empty();
  if (selectors > 1) {
    ctx.Error("give one of N, --batch, --all or --to");
    return kExitUsage;
  }
  if (opt.all && !opt.yes && !opt.dry_run) {
    ctx.Error("--all undoes every applied migration: add --yes to confirm");
    return kExitUsage;
  }
  exec::RollbackRequest request;
  if (!opt.one.empty() || !opt.to.empty()) {
    bool one = !opt.one.empty();  // `down VERSION`, else `--to V`
    const std::string& text = one ? opt.one : opt.to;
    auto version = parser::Version::Parse(text);
    if (!version) {
      ctx.Error(fmt::format("{}{}: not a migration version", one ? "" : "--to ", text));
      return kExitUsage;
    }
    request.kind = one ? exec::RollbackRequest::Kind::kOne : exec::RollbackRequest::Kind::kTo;
    request.to = *version;
  } else if (opt.all) {
    request.kind = exec::RollbackRequest::Kind::kAll;
  } else if (opt.batch) {
    request.kind = exec::RollbackRequest::Kind::kBatch;
  } else {
    request.count = opt.count > 0 ? static_cast<size_t>(opt.count) : 1;
  }
  bool keep_data = KeepDataWanted(ctx, opt.keep);
  std::optional<exec::ArchiveOptions> keep_options = KeepOptionsOf(ctx, opt.keep);
  if (!keep_options) return kExitUsage;
  if (fleet != nullptr && FleetRequested(ctx, *fleet)) {
    if (opt.keep.keep) {
      ctx.Error("--keep-data does not run over a fleet yet: give --database-url for one target");
      return kExitUsage;
    }
    if (keep_data) ctx.Warn("rollback.keep_data does not apply over a fleet yet: no data is kept");
    exec::FleetRequest fleet_request;
    fleet_request.command = exec::FleetCommand::kRollback;
    fleet_request.dry_run = opt.dry_run;
    fleet_request.rollback = request;
    return RunFleetCommand(ctx, *fleet, fleet_request, false);
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  if (int rc = OpenSession(ctx, {.lock = !opt.dry_run, .create = !opt.dry_run}, &session)) {
    return rc;
  }
  if (request.kind == exec::RollbackRequest::Kind::kTo &&
      !CheckToVersion(ctx, request.to, *set, &session.applied)) {
    return kExitUsage;
  }
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  exec::RollbackPlan plan = exec::PlanRollback(states, request);
  if (plan.dirty != nullptr) {
    RefuseDirty(ctx, *plan.dirty);
    return kExitDrift;
  }
  if (plan.no_such_version) {
    ctx.Error(
        fmt::format("{} {}: no applied migration has this version; {}", command, opt.one,
                    NearestVersions(request.to, AppliedVersions(session.applied), "applied")));
    return kExitUsage;
  }
  if (!plan.newer.empty()) {
    ctx.Error(fmt::format(
        "{} {}: {} {} applied after it and would stay applied (rollback is a stack: it never "
        "undoes "
        "a migration while a newer one stays applied); roll {} back first, or run `tidemark "
        "migrate rollback {}`",
        command, opt.one, Names(plan.newer), plan.newer.size() == 1 ? "was" : "were",
        plan.newer.size() == 1 ? "it" : "them", plan.newer.size() + 1));
    return kExitUsage;
  }

  // --batch: the batch it undoes (the newest, by the stack rule).
  int batch =
      request.kind == exec::RollbackRequest::Kind::kBatch && plan.Selected() > 0
          ? (plan.revert.empty() ? plan.stopped_at : plan.revert.front().state)->applied->batch
          : 0;
  nlohmann::json report{{"command", command}, {"dry_run", opt.dry_run}};
  if (batch != 0) report["batch"] = batch;
  nlohmann::json done_json = nlohmann::json::array();
  nlohmann::json skipped_json = nlohmann::json::array();
  auto finish_json = [&] {
    report["rolled_back"] = done_json;
    report["skipped"] = skipped_json;
    if (plan.stopped_at != nullptr) {
      nlohmann::json kept = nlohmann::json::array();
      for (const auto* s : plan.kept) kept.push_back(s->filename);
      report["stopped_at"] = {{"file", plan.stopped_at->filename},
                              {"reason", exec::NoDownReason(*plan.stopped_at, plan.stop_reason)},
                              {"kept", kept}};
    }
    PrintJson(ctx, command, report);
  };
  if (plan.Selected() == 0) {
    if (ctx.json()) {
      finish_json();
    } else if (!ctx.options.quiet) {
      ctx.Out() << "nothing to roll back\n";
    }
    WarnHeldBelow(ctx, plan, opt.to);
    return kExitOk;
  }

  exec::Runner runner(*session.conn, session.tracking.get(), StatementLogger(ctx));
  exec::Archiver archiver(*session.tracking, *keep_options);
  std::vector<std::string> done;
  for (const auto& item : plan.revert) {
    const exec::MigrationState* s = item.state;
    const exec::DownPlan& down = item.down;
    if (!down.diagnostics.empty() && parser::HasErrors(down.diagnostics)) {
      PrintErrors(ctx, down.diagnostics);
      ctx.Error(fmt::format("the stored Down of {} cannot be read", s->filename));
      return kExitFailure;
    }
    exec::Step step =
        exec::MakeStep(s->version, s->filename, down.origin, down.statements, down.notransaction);
    if (opt.dry_run) {
      if (ctx.json()) {
        nlohmann::json statements = nlohmann::json::array();
        for (const auto& st : step.statements) {
          nlohmann::json j = NotesJson(*session.conn, st.sql, keep_data ? &*keep_options : nullptr);
          j["sql"] = st.sql;
          j["at"] = st.where;
          statements.push_back(std::move(j));
        }
        done_json.push_back(
            {{"file", s->filename}, {"down_from", down.origin}, {"statements", statements}});
        continue;
      }
      PrintWouldRollBack(ctx, *session.conn, step, down.origin,
                         keep_data ? &*keep_options : nullptr);
      continue;
    }
    std::vector<std::string> kept;
    exec::StepHooks hooks = KeepHooks(&archiver, s->version, &kept);
    exec::StepResult result;
    if (keep_data && step.Autocommit()) {
      result.ok = false;
      result.error =
          "--keep-data needs the Down to run in one transaction, and this one runs statement by "
          "statement (notransaction, or a statement that cannot run in a transaction); roll it "
          "back without --keep-data";
    } else {
      result = runner.Revert(step, keep_data ? &hooks : nullptr);
    }
    if (!result.ok) {
      ctx.Error(fmt::format("rollback of {} failed{}: {}", s->filename,
                            result.failed_at.empty() ? "" : " at " + result.failed_at,
                            result.error));
      if (result.partial) {
        ctx.Error(fmt::format("part of its Down ran outside a transaction: {} is marked dirty",
                              s->filename));
        ctx.Error(RepairHint(s->version));
      } else {
        ctx.Error(fmt::format("{} is still applied", s->filename));
      }
      if (done.empty()) {
        ctx.Error("nothing was rolled back");
      } else {
        std::string list;
        for (const auto& name : done) list += (list.empty() ? "" : ", ") + name;
        ctx.Error("already rolled back: " + list);
      }
      if (ctx.json()) {
        report["failed"] = {{"file", s->filename},
                            {"at", result.failed_at},
                            {"error", result.error},
                            {"dirty", result.partial}};
        finish_json();
      }
      return kExitFailure;
    }
    done.push_back(s->filename);
    if (ctx.json()) {
      nlohmann::json j{{"file", s->filename}, {"execution_ms", result.ms}};
      if (keep_data) j["kept"] = kept;
      done_json.push_back(std::move(j));
    } else {
      // Said even with -q, as the stop below: what a rollback destroyed (and
      // what it kept) is a result, not progress.
      ctx.Out() << fmt::format("rolled back {} ({} ms)\n", s->filename, result.ms);
      for (const std::string& line : kept) ctx.Out() << "  " << line << "\n";
    }
  }

  const exec::MigrationState* stop = plan.stopped_at;
  std::string reason = stop != nullptr ? exec::NoDownReason(*stop, plan.stop_reason) : "";
  if (stop != nullptr) {
    skipped_json.push_back({{"file", stop->filename}, {"reason", "no down SQL"}});
    for (const auto* s : plan.kept) {
      skipped_json.push_back({{"file", s->filename}, {"reason", "older than " + stop->filename}});
    }
    if (!ctx.json()) {
      // The stop is said even with -q: it is why the schema is not where the
      // user asked for.
      ctx.Out() << fmt::format("skip {} (no down SQL)\n", stop->filename);
      ctx.Out() << fmt::format(
          "stopped at {}: {}; it{} stay{} applied (rollback never undoes a migration while a "
          "newer one stays applied)\n",
          stop->filename, reason, plan.kept.empty() ? "" : " and the older " + Names(plan.kept),
          plan.kept.empty() ? "s" : "");
    }
  }
  if (!ctx.json()) WarnHeldBelow(ctx, plan, opt.to);
  if (ctx.json()) {
    finish_json();
  } else if (opt.dry_run) {
    ctx.Out() << fmt::format("-- dry run: would roll back {}; nothing was changed\n",
                             Plural(plan.revert.size(), "migration", "migrations"));
  } else if (!ctx.options.quiet) {
    std::string count = Plural(done.size(), "migration", "migrations");
    std::string stopped = stop != nullptr ? fmt::format(", stopped at {}", stop->filename) : "";
    if (batch != 0) {
      ctx.Out() << fmt::format("Batch {} rolled back: {}{}\n", batch, count, stopped);
    } else {
      ctx.Out() << fmt::format("rolled back {}{}\n", count, stopped);
    }
  }
  if (plan.revert.empty()) {
    if (!ctx.json()) {
      std::vector<const exec::MigrationState*> skipped = {stop};
      skipped.insert(skipped.end(), plan.kept.begin(), plan.kept.end());
      ctx.Error("nothing was rolled back; skipped: " + Names(skipped));
      if (plan.stop_reason == exec::DownPlan::Source::kBaseline) {
        ctx.Error(fmt::format(
            "tip: {} is a baseline: tidemark never ran it and cannot undo it; change the schema "
            "with a new migration instead",
            stop->filename));
      } else {
        std::string path = stop->file != nullptr ? stop->file->path() : stop->filename;
        ctx.Error(fmt::format(
            "tip: to roll {} back, give it a `-- +migrate Down` section or an _undo.sql file "
            "(`tidemark migrate undo {}` drafts one); or leave it applied and fix forward with a "
            "new migration",
            stop->filename, path));
      }
    }
    return kExitAllSkipped;
  }
  return kExitOk;
}

}  // namespace

void RegisterRollback(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "rollback", "Undo the last N applied migrations (default 1), newest first");
  auto opt = std::make_shared<RollbackOptions>();
  cmd->add_option("N", opt->count, "How many migrations to undo")
      ->check(MigrationCount("--all --yes undoes every migration, --to V those newer than V"));
  cmd->add_flag("--batch", opt->batch, "Undo the last batch (the last `up` run)");
  cmd->add_flag("--all", opt->all, "Undo every applied migration (needs --yes)");
  cmd->add_flag("--yes", opt->yes, "Confirm --all");
  TakesVersion(cmd->add_option("--to", opt->to, "Undo every migration newer than version V"));
  cmd->add_flag("--dry-run", opt->dry_run,
                "Print the Down SQL and the data it drops; change nothing");
  AddKeepDataFlags(cmd, &opt->keep);
  auto fleet = std::make_shared<FleetOptions>();
  AddFleetOptions(cmd, fleet.get(), true);
  commands->push_back({cmd, [opt, fleet](Context& ctx) {
                         return Guarded(
                             ctx, [&] { return RunRollback(ctx, *opt, "rollback", fleet.get()); });
                       }});

  CLI::App* down = migrate->add_subcommand(
      "down", "Undo exactly one migration: the last applied, or VERSION when it is the last");
  auto down_opt = std::make_shared<RollbackOptions>();
  TakesVersion(down->add_option(
      "VERSION", down_opt->one,
      "The migration to undo; refused while a migration applied after it is applied"));
  down->add_flag("--dry-run", down_opt->dry_run, "Print the Down SQL; change nothing");
  AddKeepDataFlags(down, &down_opt->keep);
  commands->push_back({down, [down_opt](Context& ctx) {
                         return Guarded(ctx, [&] { return RunRollback(ctx, *down_opt, "down"); });
                       }});
}

}  // namespace tidemark::cli
