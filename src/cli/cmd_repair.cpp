// `tidemark migrate repair [--applied V] [--pending V] [--dry-run]`: accepts
// edited checksums, and settles dirty migrations as the user says once the
// database was fixed by hand: all of the Up is there (`--applied`), or none
// of it (`--pending`).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

struct RepairOptions {
  std::vector<std::string> applied;
  std::vector<std::string> pending;
  bool dry_run = false;
};

bool ParseVersions(const Context& ctx, const char* flag, const std::vector<std::string>& texts,
                   std::vector<parser::Version>* out) {
  for (const std::string& text : texts) {
    auto v = parser::Version::Parse(text);
    if (!v) {
      ctx.Error(fmt::format("{} {}: not a migration version", flag, text));
      return false;
    }
    out->push_back(*v);
  }
  return true;
}

// Prints why the plan is refused; returns the exit code.
int Refuse(const Context& ctx, const exec::RepairPlan& plan,
           const std::vector<exec::AppliedMigration>& applied) {
  for (const parser::Version& v : plan.both) {
    ctx.Error(fmt::format("{}: give it to --applied or to --pending, not both", v.text()));
  }
  for (const parser::Version& v : plan.unknown) {
    ctx.Error(fmt::format("{}: no applied migration has this version; {}", v.text(),
                          NearestVersions(v, AppliedVersions(applied), "applied")));
  }
  for (const exec::MigrationState* s : plan.not_dirty) {
    ctx.Error(fmt::format(
        "{} is not dirty: repair only settles dirty migrations (`tidemark migrate down {}` undoes "
        "an applied one)",
        s->filename, s->version));
  }
  if (!plan.both.empty() || !plan.unknown.empty() || !plan.not_dirty.empty()) {
    ctx.Error("repair changed nothing");
    return kExitUsage;
  }
  for (const exec::MigrationState* s : plan.undecided) RefuseDirty(ctx, *s);
  ctx.Error(
      "repair changed nothing: a dirty migration is never marked applied or pending without "
      "being told which");
  return kExitDrift;
}

const char* ActionName(exec::RepairPlan::Action action) {
  switch (action) {
    case exec::RepairPlan::Action::kAcceptChecksum:
      return "accepted-checksum";
    case exec::RepairPlan::Action::kMarkApplied:
      return "marked-applied";
    case exec::RepairPlan::Action::kMarkPending:
      return "marked-pending";
  }
  return "?";
}

std::string Describe(const exec::RepairPlan::Item& item, bool dry_run) {
  const std::string& file = item.state->filename;
  switch (item.action) {
    case exec::RepairPlan::Action::kAcceptChecksum:
      return fmt::format("{} the edited checksum of {}", dry_run ? "would accept" : "accepted",
                         file);
    case exec::RepairPlan::Action::kMarkApplied:
      return fmt::format("{} the dirty mark of {} (it {} as applied)",
                         dry_run ? "would clear" : "cleared", file,
                         dry_run ? "would count" : "now counts");
    case exec::RepairPlan::Action::kMarkPending:
      return fmt::format("{} the tracking row of {} (it {} pending: `migrate up` runs it again)",
                         dry_run ? "would delete" : "deleted", file, dry_run ? "would be" : "is");
  }
  return "";
}

int RunRepair(Context& ctx, const RepairOptions& opt) {
  exec::RepairRequest request;
  if (!ParseVersions(ctx, "--applied", opt.applied, &request.applied) ||
      !ParseVersions(ctx, "--pending", opt.pending, &request.pending)) {
    return kExitUsage;
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  // A dry run touches nothing: no lock, no tracking table.
  if (int rc = OpenSession(ctx, {.lock = !opt.dry_run, .create = !opt.dry_run}, &session)) {
    return rc;
  }
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  exec::RepairPlan plan = exec::PlanRepair(states, request);
  if (plan.Refused()) return Refuse(ctx, plan, session.applied);

  if (!opt.dry_run) {
    pqxx::work tx(*session.conn);
    for (const auto& item : plan.items) {
      const exec::MigrationState& s = *item.state;
      switch (item.action) {
        case exec::RepairPlan::Action::kAcceptChecksum:
          session.tracking->SetChecksum(tx, s.applied->version, s.file->checksum, s.filename);
          break;
        case exec::RepairPlan::Action::kMarkApplied:
          session.tracking->ClearDirty(tx, s.applied->version);
          break;
        case exec::RepairPlan::Action::kMarkPending:
          session.tracking->Delete(tx, s.applied->version);
          break;
      }
    }
    tx.commit();
  }
  if (ctx.json()) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& item : plan.items) {
      changes.push_back({{"version", item.state->version},
                         {"file", item.state->filename},
                         {"action", ActionName(item.action)}});
    }
    PrintJson(
        ctx, "repair",
        nlohmann::json{{"command", "repair"}, {"dry_run", opt.dry_run}, {"changes", changes}});
    return kExitOk;
  }
  for (const auto& item : plan.items) ctx.Out() << Describe(item, opt.dry_run) << "\n";
  if (plan.items.empty() && !ctx.options.quiet) ctx.Out() << "nothing to repair\n";
  if (opt.dry_run) ctx.Out() << "-- dry run: nothing was changed\n";
  return kExitOk;
}

}  // namespace

void RegisterRepair(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "repair", "Accept edited checksums; settle a dirty migration after a manual fix");
  auto opt = std::make_shared<RepairOptions>();
  cmd->add_option("--applied", opt->applied,
                  "Dirty migration V counts as applied: the database holds all of its Up");
  cmd->add_option("--pending", opt->pending,
                  "Dirty migration V becomes pending again: the database holds none of it");
  cmd->add_flag("--dry-run", opt->dry_run, "Print what would change; change nothing");
  commands->push_back(
      {cmd, [opt](Context& ctx) { return Guarded(ctx, [&] { return RunRepair(ctx, *opt); }); }});
}

}  // namespace tidemark::cli
