// `tidemark migrate rollback [N] [--batch] [--all --yes] [--to V] [--dry-run]`
// and `tidemark migrate down`: undo applied migrations, newest first.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {
namespace {

struct RollbackOptions {
  int count = 0;  // 0: 1 unless another selector is given
  bool batch = false;
  bool all = false;
  bool yes = false;
  std::string to;
  bool dry_run = false;
};

int RunRollback(Context& ctx, const RollbackOptions& opt, const char* command) {
  int selectors = (opt.count > 0) + opt.batch + opt.all + !opt.to.empty();
  if (selectors > 1) {
    ctx.Error("give one of N, --batch, --all or --to");
    return kExitUsage;
  }
  if (opt.all && !opt.yes && !opt.dry_run) {
    ctx.Error("--all undoes every applied migration: add --yes to confirm");
    return kExitUsage;
  }
  std::optional<parser::Version> to;
  if (!opt.to.empty()) {
    to = parser::Version::Parse(opt.to);
    if (!to) {
      ctx.Error(fmt::format("--to {}: not a migration version", opt.to));
      return kExitUsage;
    }
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  if (int rc = OpenSession(ctx, {.lock = !opt.dry_run, .create = !opt.dry_run}, &session)) {
    return rc;
  }
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  for (const auto& s : states) {
    if (s.status == exec::MigrationStatus::kDirty) {
      ctx.Error(fmt::format(
          "{} is dirty: {}; fix the database by hand, then run `tidemark migrate repair`",
          s.filename, s.applied->error.value_or("a non-transactional run failed")));
      return kExitDrift;
    }
  }
  // Applied migrations, newest (last applied) first.
  std::vector<const exec::MigrationState*> applied;
  for (const auto& s : states) {
    if (s.applied != nullptr) applied.push_back(&s);
  }
  std::sort(applied.begin(), applied.end(),
            [](const auto* a, const auto* b) { return a->applied->id > b->applied->id; });

  std::vector<const exec::MigrationState*> selected;
  if (opt.all) {
    selected = applied;
  } else if (opt.batch) {
    if (!applied.empty()) {
      int last = 0;
      for (const auto* s : applied) last = std::max(last, s->applied->batch);
      for (const auto* s : applied) {
        if (s->applied->batch == last) selected.push_back(s);
      }
    }
  } else if (to) {
    for (const auto* s : applied) {
      auto v = parser::Version::Parse(s->version);
      if (v && *to < *v) selected.push_back(s);
    }
  } else {
    size_t n = opt.count > 0 ? static_cast<size_t>(opt.count) : 1;
    for (size_t i = 0; i < applied.size() && i < n; ++i) selected.push_back(applied[i]);
  }

  nlohmann::json report{{"command", command}, {"dry_run", opt.dry_run}};
  nlohmann::json done_json = nlohmann::json::array();
  nlohmann::json skipped_json = nlohmann::json::array();
  if (selected.empty()) {
    if (ctx.json()) {
      report["rolled_back"] = done_json;
      report["skipped"] = skipped_json;
      ctx.Out() << report.dump() << "\n";
    } else if (!ctx.options.quiet) {
      ctx.Out() << "nothing to roll back\n";
    }
    return kExitOk;
  }

  exec::Runner runner(*session.conn, session.tracking.get(), StatementLogger(ctx));
  size_t skipped = 0;
  std::vector<std::string> done;
  for (const auto* s : selected) {
    exec::DownPlan down = exec::PlanDown(*s);
    const char* why = nullptr;
    switch (down.source) {
      case exec::DownPlan::Source::kBaseline:
        why = "baseline";
        break;
      case exec::DownPlan::Source::kIrreversible:
        why = "irreversible";
        break;
      case exec::DownPlan::Source::kNone:
        why = "no down SQL";
        break;
      default:
        break;
    }
    if (why != nullptr) {
      ++skipped;
      if (ctx.json()) {
        skipped_json.push_back({{"file", s->filename}, {"reason", why}});
      } else {
        ctx.Out() << fmt::format("skip {} ({})\n", s->filename, why);
      }
      continue;
    }
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
          statements.push_back({{"sql", st.sql},
                                {"at", st.where},
                                {"data_loss", DataLossNotes(*session.conn, st.sql)}});
        }
        done_json.push_back(
            {{"file", s->filename}, {"down_from", down.origin}, {"statements", statements}});
        continue;
      }
      ctx.Out() << "-- would roll back " << s->filename << " (Down from " << down.origin
                << (step.Autocommit() ? "; statements needing no transaction run alone" : "")
                << ")\n";
      for (const auto& st : step.statements) {
        for (const auto& note : DataLossNotes(*session.conn, st.sql)) ctx.Out() << note << "\n";
        ctx.Out() << st.sql << ";\n";
      }
      ctx.Out() << "\n";
      continue;
    }
    exec::StepResult result = runner.Revert(step);
    if (!result.ok) {
      ctx.Error(fmt::format("rollback of {} failed{}: {}", s->filename,
                            result.failed_at.empty() ? "" : " at " + result.failed_at,
                            result.error));
      if (result.partial) {
        ctx.Error(fmt::format(
            "part of its Down ran outside a transaction: {} is marked dirty; fix the database, "
            "then run `tidemark migrate repair`",
            s->filename));
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
        report["rolled_back"] = done_json;
        report["skipped"] = skipped_json;
        report["failed"] = {{"file", s->filename},
                            {"at", result.failed_at},
                            {"error", result.error},
                            {"dirty", result.partial}};
        ctx.Out() << report.dump() << "\n";
      }
      return kExitFailure;
    }
    done.push_back(s->filename);
    if (ctx.json()) {
      done_json.push_back({{"file", s->filename}, {"ms", result.ms}});
    } else if (!ctx.options.quiet) {
      ctx.Out() << fmt::format("rolled back {} ({} ms)\n", s->filename, result.ms);
    }
  }
  if (ctx.json()) {
    report["rolled_back"] = done_json;
    report["skipped"] = skipped_json;
    ctx.Out() << report.dump() << "\n";
  } else if (opt.dry_run) {
    ctx.Out() << "-- dry run: nothing was changed\n";
  } else if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("rolled back {}{}\n", Plural(done.size(), "migration", "migrations"),
                             skipped > 0 ? fmt::format(", skipped {}", skipped) : "");
  }
  if (skipped == selected.size()) {
    if (!ctx.json()) ctx.Error("every migration asked for was skipped: nothing was rolled back");
    return kExitAllSkipped;
  }
  return kExitOk;
}

}  // namespace

void RegisterRollback(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "rollback", "Undo the last N applied migrations (default 1), newest first");
  auto opt = std::make_shared<RollbackOptions>();
  cmd->add_option("N", opt->count, "How many migrations to undo")->check(CLI::PositiveNumber);
  cmd->add_flag("--batch", opt->batch, "Undo the last batch (the last `up` run)");
  cmd->add_flag("--all", opt->all, "Undo every applied migration (needs --yes)");
  cmd->add_flag("--yes", opt->yes, "Confirm --all");
  cmd->add_option("--to", opt->to, "Undo every migration newer than version V");
  cmd->add_flag("--dry-run", opt->dry_run,
                "Print the Down SQL and the data it drops; change nothing");
  commands->push_back({cmd, [opt](Context& ctx) {
                         return Guarded(ctx, [&] { return RunRollback(ctx, *opt, "rollback"); });
                       }});

  CLI::App* down = migrate->add_subcommand("down", "Undo exactly one migration, the last applied");
  auto down_opt = std::make_shared<RollbackOptions>();
  down->add_flag("--dry-run", down_opt->dry_run, "Print the Down SQL; change nothing");
  commands->push_back({down, [down_opt](Context& ctx) {
                         return Guarded(ctx, [&] { return RunRollback(ctx, *down_opt, "down"); });
                       }});
}

}  // namespace tidemark::cli
