// `tidemark migrate redo [--dry-run]`: rolls back the newest applied
// migration and applies it again (the up/down/up check, or a fix of the
// file tried again).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

nlohmann::json StatementsJson(const exec::Step& step) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& st : step.statements) list.push_back({{"sql", st.sql}, {"at", st.where}});
  return list;
}

int RunRedo(Context& ctx, bool dry_run, const KeepDataFlags& keep_flags) {
  bool keep_data = KeepDataWanted(ctx, keep_flags);
  std::optional<exec::ArchiveOptions> keep_options = KeepOptionsOf(ctx, keep_flags);
  if (!keep_options) return kExitUsage;
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  if (int rc = OpenSession(ctx, {.lock = !dry_run, .create = !dry_run}, &session)) return rc;
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  exec::RollbackRequest newest;  // the default request: the last applied one
  exec::RollbackPlan plan = exec::PlanRollback(states, newest);
  if (plan.dirty != nullptr) {
    RefuseDirty(ctx, *plan.dirty);
    return kExitDrift;
  }
  if (plan.Selected() == 0) {
    if (!ctx.options.quiet) ctx.Out() << "nothing to redo: no migration is applied\n";
    return kExitOk;
  }
  if (plan.stopped_at != nullptr) {
    ctx.Error(fmt::format("cannot redo {}: {} (redo rolls it back, then applies it again)",
                          plan.stopped_at->filename,
                          exec::NoDownReason(*plan.stopped_at, plan.stop_reason)));
    return kExitAllSkipped;
  }
  const exec::MigrationState& s = *plan.revert.front().state;
  const exec::DownPlan& down = plan.revert.front().down;
  if (s.file == nullptr) {
    ctx.Error(
        fmt::format("cannot redo {}: its file is missing from {}, so it could not be applied again",
                    s.filename, ctx.options.dir));
    return kExitUsage;
  }
  if (s.status == exec::MigrationStatus::kModified) {
    ctx.Warn(fmt::format(
        "{} was changed after it was applied: its Down and Up as the file has them now run",
        s.filename));
  }
  const parser::MigrationFile& file = *s.file;
  exec::Step back =
      exec::MakeStep(s.version, s.filename, down.origin, down.statements, down.notransaction);
  exec::Step forth =
      exec::MakeStep(s.version, s.filename, file.path(), file.up.statements, file.up.notransaction);
  nlohmann::json report{{"command", "redo"}, {"dry_run", dry_run}, {"file", s.filename}};
  if (dry_run) {
    if (ctx.json()) {
      report["down"] = StatementsJson(back);
      report["up"] = StatementsJson(forth);
      if (keep_data) {
        nlohmann::json notes = nlohmann::json::array();
        for (const auto& st : back.statements) {
          // The words of the dry run's comments, as fields (as rollback's).
          for (auto& note : NotesJson(*session.conn, st.sql, &*keep_options)["keep_data"]) {
            notes.push_back(std::move(note));
          }
        }
        report["keep_data"] = notes;
      }
      PrintJson(ctx, "redo", report);
    } else {
      PrintWouldRollBack(ctx, *session.conn, back, down.origin,
                         keep_data ? &*keep_options : nullptr);
      PrintWouldApply(ctx, forth);
      ctx.Out() << "-- dry run: nothing was changed\n";
    }
    return kExitOk;
  }

  exec::Runner runner(*session.conn, session.tracking.get(), StatementLogger(ctx));
  // With --keep-data the Down keeps what it destroys and the Up puts it back.
  exec::Archiver archiver(*session.tracking, *keep_options);
  std::vector<std::string> kept;
  exec::StepHooks keep_hooks = KeepHooks(&archiver, s.version, &kept);
  if (keep_data && (back.Autocommit() || forth.Autocommit())) {
    ctx.Error(fmt::format(
        "cannot redo {} with --keep-data: its {} runs statement by statement, and keeping data "
        "needs one transaction; redo it without --keep-data",
        s.filename, back.Autocommit() ? "Down" : "Up"));
    return kExitUsage;
  }
  exec::StepResult reverted = runner.Revert(back, keep_data ? &keep_hooks : nullptr);
  if (!reverted.ok) {
    ctx.Error(fmt::format("rollback of {} failed{}: {}", s.filename,
                          reverted.failed_at.empty() ? "" : " at " + reverted.failed_at,
                          reverted.error));
    if (reverted.partial) {
      ctx.Error(fmt::format("part of its Down ran outside a transaction: {} is marked dirty",
                            s.filename));
      ctx.Error(RepairHint(s.version));
    } else {
      ctx.Error(fmt::format("{} is still applied; nothing was changed", s.filename));
    }
    return kExitFailure;
  }
  if (!ctx.json() && !ctx.options.quiet) {
    ctx.Out() << fmt::format("rolled back {} ({} ms)\n", s.filename, reverted.ms);
    for (const std::string& line : kept) ctx.Out() << "  " << line << "\n";
  }
  int batch = 0;
  {
    pqxx::read_transaction tx(*session.conn);
    batch = session.tracking->NextBatch(tx);
  }
  std::vector<exec::RestoreOutcome> outcomes;
  exec::StepHooks restore_hooks = RestoreHooks(&archiver, s.version, &outcomes);
  exec::StepResult applied =
      runner.Apply(forth, exec::TrackingRow(file, batch), keep_data ? &restore_hooks : nullptr);
  if (!applied.ok) {
    ReportApplyFailure(ctx, s.version, s.filename, applied);
    if (!applied.partial) ctx.Error(fmt::format("{} stays rolled back: it is pending", s.filename));
    if (keep_data && !kept.empty()) {
      ctx.Error(
          fmt::format("the data its rollback kept stays in the archive (`tidemark migrate "
                      "archive show {}`)",
                      s.version));
    }
    return kExitFailure;
  }
  if (ctx.json()) {
    report["rollback_execution_ms"] = reverted.ms;
    report["apply_execution_ms"] = applied.ms;
    report["batch"] = batch;
    if (keep_data) {
      report["kept"] = kept;
      report["restored"] = RestoredJson(outcomes);
    }
    PrintJson(ctx, "redo", report);
  } else if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("applied {} ({} ms)\n", s.filename, applied.ms);
    PrintRestored(ctx, s.filename, outcomes);
    ctx.Out() << fmt::format("redid {} (batch {})\n", s.filename, batch);
  }
  return kExitOk;
}

}  // namespace

void RegisterRedo(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd =
      migrate->add_subcommand("redo", "Roll back the newest applied migration and apply it again");
  auto dry_run = std::make_shared<bool>(false);
  cmd->add_flag("--dry-run", *dry_run, "Print its Down and Up SQL; change nothing");
  auto keep = std::make_shared<KeepDataFlags>();
  AddKeepDataFlags(cmd, keep.get());
  commands->push_back({cmd, [dry_run, keep](Context& ctx) {
                         return Guarded(ctx, [&] { return RunRedo(ctx, *dry_run, *keep); });
                       }});
}

}  // namespace tidemark::cli
