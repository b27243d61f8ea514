// `tidemark migrate up [N] [--to V] [--dry-run]`: applies pending migrations,
// each in its own transaction with its tracking row; one run is one batch.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/fleet_common.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

struct UpOptions {
  int count = 0;  // 0: all pending
  std::string to;
  bool dry_run = false;
  bool allow_drift = false;
  bool restore_data = false;
  bool no_restore_data = false;
};

int RunUp(Context& ctx, const UpOptions& opt, bool out_of_order_flag, const FleetOptions& fleet) {
  bool over_fleet = FleetRequested(ctx, fleet);
  if (over_fleet && opt.restore_data) {
    ctx.Error("--restore-data does not run over a fleet yet: give --database-url for one target");
    return kExitUsage;
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  std::optional<parser::Version> to;
  if (!opt.to.empty()) {
    to = parser::Version::Parse(opt.to);
    if (!to) {
      ctx.Error(fmt::format("--to {}: not a migration version", opt.to));
      return kExitUsage;
    }
    if (!CheckToVersion(ctx, *to, *set, nullptr)) return kExitUsage;
  }
  bool allow_out_of_order =
      out_of_order_flag || ctx.config.allow_out_of_order.value_or(kDefaultAllowOutOfOrder);
  if (over_fleet) {
    exec::FleetRequest request;
    request.command = exec::FleetCommand::kUp;
    request.dry_run = opt.dry_run;
    request.up.to = to;
    request.up.count = static_cast<size_t>(std::max(opt.count, 0));
    request.up.allow_drift = opt.allow_drift;
    request.up.allow_out_of_order = allow_out_of_order;
    return RunFleetCommand(ctx, fleet, request, false);
  }

  Session session;
  // A dry run touches nothing: no lock, no tracking table.
  if (int rc = OpenSession(ctx, {.lock = !opt.dry_run, .create = !opt.dry_run}, &session)) {
    return rc;
  }
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  WarnMissingFiles(ctx, states);

  exec::UpRequest request;
  request.to = to;
  request.count = static_cast<size_t>(std::max(opt.count, 0));
  request.allow_drift = opt.allow_drift;
  request.allow_out_of_order = allow_out_of_order;
  exec::UpPlan plan = exec::PlanUp(states, session.applied, request);

  // Refusals: dirty state, checksum drift, out-of-order pending files.
  if (plan.Refused()) {
    for (const std::string& line : plan.refusal) ctx.Error(line);
    return kExitDrift;
  }
  const std::vector<const exec::MigrationState*>& pending = plan.pending;

  nlohmann::json report{{"command", "up"}, {"dry_run", opt.dry_run}};
  nlohmann::json applied_json = nlohmann::json::array();
  if (pending.empty()) {
    if (ctx.json()) {
      report["applied"] = applied_json;
      PrintJson(ctx, "up", report);
    } else if (!ctx.options.quiet) {
      ctx.Out() << "nothing to apply: the database is up to date\n";
    }
    return kExitOk;
  }

  if (opt.dry_run) {
    for (const auto* s : pending) {
      const parser::Section& up = s->file->up;
      exec::Step step =
          exec::MakeStep(s->version, s->filename, s->file->path(), up.statements, up.notransaction);
      if (ctx.json()) {
        nlohmann::json statements = nlohmann::json::array();
        for (const auto& st : step.statements) {
          statements.push_back({{"sql", st.sql}, {"at", st.where}});
        }
        applied_json.push_back({{"version", s->version},
                                {"file", s->filename},
                                {"transaction", !step.Autocommit()},
                                {"statements", statements}});
        continue;
      }
      PrintWouldApply(ctx, step);
    }
    if (ctx.json()) {
      report["applied"] = applied_json;
      PrintJson(ctx, "up", report);
    } else {
      ctx.Out() << "-- dry run: would apply " << Plural(pending.size(), "migration", "migrations")
                << "; nothing was changed\n";
    }
    return kExitOk;
  }

  int batch = 0;
  {
    pqxx::read_transaction tx(*session.conn);
    batch = session.tracking->NextBatch(tx);
  }
  exec::Runner runner(*session.conn, session.tracking.get(), StatementLogger(ctx));
  // Data kept by earlier rollbacks of these migrations (docs/keep-data.md).
  bool restore = RestoreDataWanted(ctx, opt.restore_data, opt.no_restore_data);
  exec::Archiver archiver(*session.tracking, {});
  std::vector<exec::ArchiveRecord> archived;
  {
    pqxx::read_transaction tx(*session.conn);
    archived = archiver.List(tx);
  }
  auto has_archive = [&](const std::string& version) {
    return std::any_of(archived.begin(), archived.end(),
                       [&](const exec::ArchiveRecord& r) { return r.version == version; });
  };
  bool progress = ctx.options.verbose == 0 && !ctx.options.quiet && !ctx.json() &&
                  isatty(STDERR_FILENO) != 0 && pending.size() > 20;
  size_t done = 0;
  for (const auto* s : pending) {
    const parser::MigrationFile& file = *s->file;
    exec::Step step = exec::MakeStep(s->version, s->filename, file.path(), file.up.statements,
                                     file.up.notransaction);
    bool restoring = restore && has_archive(s->version);
    std::vector<exec::RestoreOutcome> outcomes;
    exec::StepHooks hooks = RestoreHooks(&archiver, s->version, &outcomes);
    exec::StepResult result;
    if (restoring && step.Autocommit()) {
      result.ok = false;
      result.error = fmt::format(
          "--restore-data needs the migration to run in one transaction, and this one runs "
          "statement by statement; apply it with --no-restore-data (its archive stays: "
          "`tidemark migrate archive show {}`)",
          s->version);
    } else {
      result = runner.Apply(step, exec::TrackingRow(file, batch), restoring ? &hooks : nullptr);
    }
    if (!result.ok) {
      if (progress) ctx.Err() << "\n";
      ReportApplyFailure(ctx, s->version, s->filename, result);
      if (done > 0) {
        ctx.Error(fmt::format("applied before the failure (batch {}): {}", batch,
                              Plural(done, "migration", "migrations")));
      }
      if (ctx.json()) {
        report["applied"] = applied_json;
        report["batch"] = batch;
        report["failed"] = {{"file", s->filename},
                            {"at", result.failed_at},
                            {"error", result.error},
                            {"dirty", result.partial}};
        PrintJson(ctx, "up", report);
      }
      return kExitFailure;
    }
    ++done;
    if (!restoring && has_archive(s->version)) {
      ctx.Warn(fmt::format(
          "{} was applied without the data its rollback kept; it stays in the archive (`tidemark "
          "migrate archive show {}`; `migrate up --restore-data` puts it back when the migration "
          "is applied)",
          s->filename, s->version));
    }
    if (ctx.json()) {
      nlohmann::json j{{"version", s->version}, {"file", s->filename}, {"execution_ms", result.ms}};
      if (restoring) j["restored"] = RestoredJson(outcomes);
      applied_json.push_back(std::move(j));
    } else if (progress) {
      ctx.Err() << fmt::format("\rtidemark: applying [{}/{}] {}\033[K", done, pending.size(),
                               s->filename)
                << std::flush;
    } else if (!ctx.options.quiet) {
      ctx.Out() << fmt::format("applied {} ({} ms)\n", s->filename, result.ms);
    }
    if (!ctx.json()) PrintRestored(ctx, s->filename, outcomes);
  }
  if (progress) ctx.Err() << "\n";
  if (ctx.json()) {
    report["applied"] = applied_json;
    report["batch"] = batch;
    PrintJson(ctx, "up", report);
  } else if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("applied {} (batch {})\n", Plural(done, "migration", "migrations"),
                             batch);
  }
  return kExitOk;
}

}  // namespace

void RegisterUp(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "up", "Apply pending migrations in order, one transaction each (one run is one batch)");
  auto opt = std::make_shared<UpOptions>();
  auto out_of_order = std::make_shared<bool>(false);
  auto fleet = std::make_shared<FleetOptions>();
  cmd->add_option("N", opt->count, "Apply at most N migrations")
      ->check(MigrationCount("leave N out to apply every pending migration"));
  TakesVersion(cmd->add_option("--to", opt->to, "Apply up to and including version V"));
  cmd->add_flag("--dry-run", opt->dry_run, "Print what would run; change nothing");
  cmd->add_flag("--allow-drift", opt->allow_drift,
                "Apply even though applied migrations were edited since");
  cmd->add_flag("--restore-data", opt->restore_data,
                "Put back the data that `rollback --keep-data` kept, after each migration's Up "
                "and in its transaction");
  cmd->add_flag("--no-restore-data", opt->no_restore_data,
                "Leave kept data in the archive (overrides rollback.restore_data)");
  cmd->add_flag("--allow-out-of-order", *out_of_order,
                "Apply pending migrations older than the newest applied one");
  AddFleetOptions(cmd, fleet.get(), true);
  commands->push_back({cmd, [opt, out_of_order, fleet](Context& ctx) {
                         return Guarded(ctx,
                                        [&] { return RunUp(ctx, *opt, *out_of_order, *fleet); });
                       }});
}

}  // namespace tidemark::cli
