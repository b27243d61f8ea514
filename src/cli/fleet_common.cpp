#include "cli/fleet_common.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"
#include "exec/lock.h"

namespace tidemark::cli {
namespace {

// JSON output layout version of fleet commands (docs/fleet.md).
constexpr int kFleetJsonVersion = 1;

nlohmann::json OrNull(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

const char* CommandName(exec::FleetCommand command) {
  switch (command) {
    case exec::FleetCommand::kUp:
      return "up";
    case exec::FleetCommand::kRollback:
      return "rollback";
    case exec::FleetCommand::kStatus:
      return "status";
  }
  return "status";
}

// "118 at 0020 (latest), 2 at 0010 (failed: c1/db07), 1 unreachable (c9)"
std::string VersionSummary(const std::vector<exec::TargetReport>& reports,
                           const std::string& latest) {
  std::map<std::string, std::vector<const exec::TargetReport*>> by_version;
  std::vector<const exec::TargetReport*> unread;
  for (const auto& r : reports) {
    bool read = r.result != exec::TargetResult::kUnreachable &&
                r.result != exec::TargetResult::kNotStarted &&
                r.result != exec::TargetResult::kResumed &&
                !(r.result == exec::TargetResult::kLocked && r.applied == 0 && r.version.empty());
    if (!read) {
      unread.push_back(&r);
      continue;
    }
    by_version[r.version].push_back(&r);
  }
  std::vector<std::string> versions;
  versions.reserve(by_version.size());
  for (const auto& [v, _] : by_version) versions.push_back(v);
  std::sort(versions.begin(), versions.end(), [](const std::string& a, const std::string& b) {
    auto va = parser::Version::Parse(a), vb = parser::Version::Parse(b);
    if (!va || !vb) return a > b;
    return *vb < *va;
  });
  std::vector<std::string> parts;
  for (const auto& v : versions) {
    const auto& list = by_version[v];
    std::vector<std::string> failed;
    for (const auto* r : list) {
      if (!exec::Succeeded(r->result) || r->dirty) failed.push_back(r->name);
    }
    std::string part = fmt::format("{} at {}", list.size(), v.empty() ? "no migration" : v);
    if (!v.empty() && v == latest) part += " (latest)";
    if (!failed.empty()) {
      size_t shown = std::min<size_t>(failed.size(), 5);
      std::string names;
      for (size_t i = 0; i < shown; ++i) names += (i ? ", " : "") + failed[i];
      if (failed.size() > shown) names += fmt::format(" and {} more", failed.size() - shown);
      part += fmt::format(" (failed: {})", names);
    }
    parts.push_back(part);
  }
  std::map<std::string, std::vector<std::string>> unread_by;
  for (const auto* r : unread) unread_by[exec::TargetResultName(r->result)].push_back(r->name);
  for (const auto& [what, names] : unread_by) {
    size_t shown = std::min<size_t>(names.size(), 5);
    std::string list;
    for (size_t i = 0; i < shown; ++i) list += (i ? ", " : "") + names[i];
    if (names.size() > shown) list += fmt::format(" and {} more", names.size() - shown);
    parts.push_back(fmt::format("{} {} ({})", names.size(), what, list));
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

nlohmann::json ReportJson(const exec::TargetReport& r) {
  nlohmann::json j{{"target", r.name},
                   {"result", exec::TargetResultName(r.result)},
                   {"version", OrNull(r.version)},
                   {"applied", r.applied},
                   {"pending", r.pending},
                   {"modified", r.modified},
                   {"missing", r.missing},
                   {"dirty", r.dirty},
                   {"last_error", OrNull(r.last_error)},
                   {"ms", r.ms}};
  if (!r.would.empty()) {
    j["would"] = r.would;
    j["batch"] = r.batch;
  } else if (!r.done.empty() || r.batch > 0) {
    j["done"] = r.done;
    j["batch"] = r.batch;
  }
  if (!r.skipped.empty()) j["skipped"] = r.skipped;
  if (!r.failed_file.empty()) {
    j["failed"] = {{"file", r.failed_file}, {"at", r.failed_at}, {"dirty", r.dirty_after}};
  }
  if (!r.error.empty()) j["error"] = r.error;
  if (!r.note.empty()) j["note"] = r.note;
  return j;
}

std::string Cell(const std::string& text, size_t width) {
  if (text.size() <= width) return text;
  return text.substr(0, width - 3) + "...";
}

void PrintStatusTable(const Context& ctx, const std::vector<exec::TargetReport>& reports) {
  size_t name_width = std::string("TARGET").size();
  size_t version_width = std::string("VERSION").size();
  for (const auto& r : reports) {
    name_width = std::max(name_width, r.name.size());
    version_width = std::max(version_width, r.version.size());
  }
  std::string format = "{:<" + std::to_string(name_width) + "}  {:<" +
                       std::to_string(version_width) + "}  {:>7}  {:<5}  {}\n";
  ctx.Out() << fmt::format(fmt::runtime(format), "TARGET", "VERSION", "PENDING", "DIRTY",
                           "LAST ERROR");
  for (const auto& r : reports) {
    bool read = r.result == exec::TargetResult::kDone;
    std::string error = r.last_error;
    if (!read && error.empty()) error = exec::TargetResultName(r.result);
    ctx.Out() << fmt::format(fmt::runtime(format), r.name,
                             read ? (r.version.empty() ? "-" : r.version) : "?",
                             read ? std::to_string(r.pending) : "?",
                             read ? (r.dirty ? "yes" : "no") : "?", Cell(error, 160));
  }
}

// What a write command says of one finished target.
std::string TargetLine(const exec::TargetReport& r, const exec::FleetRequest& request) {
  exec::FleetCommand command = request.command;
  const char* verb = command == exec::FleetCommand::kUp ? "applied" : "rolled back";
  if (request.dry_run && r.result == exec::TargetResult::kDone) {
    std::string files;
    for (const auto& f : r.would) files += (files.empty() ? "" : ", ") + f;
    return fmt::format("{}: would {} {} (batch {}): {}{}", r.name,
                       command == exec::FleetCommand::kUp ? "apply" : "roll back",
                       Plural(r.would.size(), "migration", "migrations"), r.batch, files,
                       r.note.empty() ? "" : "; " + r.note);
  }
  switch (r.result) {
    case exec::TargetResult::kDone:
      return fmt::format("{}: {} {} (batch {}, {} ms){}", r.name, verb,
                         Plural(r.done.size(), "migration", "migrations"), r.batch, r.ms,
                         r.note.empty() ? "" : "; " + r.note);
    case exec::TargetResult::kUpToDate:
      return fmt::format("{}: {}", r.name,
                         command == exec::FleetCommand::kUp
                             ? "up to date"
                             : (r.note.empty() ? "nothing to roll back" : r.note));
    case exec::TargetResult::kResumed:
      return fmt::format("skip {}: finished in the interrupted run", r.name);
    default:
      break;
  }
  std::string text = fmt::format("{}: {}: {}", r.name, exec::TargetResultName(r.result), r.error);
  if (!r.done.empty()) {
    text +=
        fmt::format(" ({} before it: {})", verb, Plural(r.done.size(), "migration", "migrations"));
  }
  if (r.dirty_after) text += " (left dirty: fix it, then `tidemark migrate repair`)";
  return text;
}

}  // namespace

void AddFleetOptions(CLI::App* cmd, FleetOptions* options, bool writes) {
  cmd->add_option("--targets", options->targets_file,
                  "Run over every target of this targets file (docs/fleet.md)")
      ->type_name("FILE");
  cmd->add_option("--target", options->select,
                  "With --targets: only this target or group (repeatable; * and ? match)")
      ->type_name("NAME|GROUP");
  cmd->add_option("--parallel", options->parallel, "With --targets: targets worked on at once")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->add_option("--run-log", options->run_log,
                  writes ? "With --targets: append the run log (JSON lines) to FILE and resume "
                           "an interrupted run it records"
                         : "With --targets: show each target's last error from this run log")
      ->type_name("FILE");
  if (!writes) return;
  cmd->add_option("--canary", options->canary,
                  "With --targets: the first K targets first, the rest only if all K succeed")
      ->check(CLI::Range(0, 1000000));
  cmd->add_option("--max-failures", options->max_failures,
                  "With --targets: failed targets tolerated; after one more, no new target "
                  "starts")
      ->check(CLI::Range(0, 1000000));
  cmd->add_option("--target-timeout", options->target_timeout,
                  "With --targets: time allowed per target (e.g. 5m); its running migration is "
                  "cancelled")
      ->type_name("DURATION");
}

bool FleetRequested(const Context& ctx, const FleetOptions& options) {
  if (!options.targets_file.empty()) return true;
  return ctx.config.targets.has_value() && ctx.options.database_url.empty();
}

int RunFleetCommand(Context& ctx, const FleetOptions& options, const exec::FleetRequest& request,
                    bool exit_code) {
  std::string file = !options.targets_file.empty() ? options.targets_file : *ctx.config.targets;
  exec::FleetPolicy policy;
  policy.parallel = static_cast<size_t>(options.parallel);
  policy.canary = static_cast<size_t>(options.canary);
  if (options.max_failures >= 0) policy.max_failures = static_cast<size_t>(options.max_failures);
  auto lock_timeout = exec::ParseDuration(ctx.options.lock_timeout);
  if (!lock_timeout) {
    ctx.Error(fmt::format("--lock-timeout {}: expected a duration such as 10s, 500ms or 2m",
                          ctx.options.lock_timeout));
    return kExitUsage;
  }
  policy.lock_timeout = *lock_timeout;
  if (!options.target_timeout.empty()) {
    auto timeout = exec::ParseDuration(options.target_timeout);
    if (!timeout) {
      ctx.Error(fmt::format("--target-timeout {}: expected a duration such as 5m, 30s or 500ms",
                            options.target_timeout));
      return kExitUsage;
    }
    policy.target_timeout = *timeout;
  }

  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  // `rollback --to V` names a migration file, checked before any target is
  // touched (a single-target run also knows its tracking table's versions).
  if (request.command == exec::FleetCommand::kRollback &&
      request.rollback.kind == exec::RollbackRequest::Kind::kTo &&
      !CheckToVersion(ctx, request.rollback.to, *set, nullptr)) {
    return kExitUsage;
  }
  std::vector<exec::Target> targets;
  try {
    targets = exec::SelectTargets(
        exec::ExpandTargets(exec::LoadTargetsFile(file), ctx.options.schema), options.select);
  } catch (const exec::TargetsError& e) {
    ctx.Error(e.message);
    return kExitUsage;
  }
  if (targets.empty()) {
    ctx.Error(fmt::format("{}: no targets (a generating entry matched nothing?)", file));
    return kExitUsage;
  }
  std::string latest;
  if (!set->migrations.empty()) latest = set->migrations.back().version.text();

  bool writes = request.command != exec::FleetCommand::kStatus;
  std::unique_ptr<exec::RunLog> log;
  std::optional<exec::ResumeState> resume;
  // A dry run neither resumes nor writes the run log.
  if (writes && !request.dry_run && !options.run_log.empty()) {
    log = std::make_unique<exec::RunLog>(options.run_log, CommandName(request.command), &resume);
    if (resume && !ctx.json()) {
      size_t skipped = 0;
      for (const auto& [_, files] : resume->applied) skipped += files.size();
      ctx.Out() << fmt::format(
          "resuming run {} (started {}, interrupted): {} finished, {} done on the "
          "others; each target's tracking table decides what is left\n",
          resume->run_id, resume->started, Plural(resume->finished.size(), "target", "targets"),
          Plural(skipped, "migration", "migrations"));
    }
    log->Start(targets.size(), resume ? resume->run_id : "");
  }

  // Progress on a terminal: done / running / failed, with time.
  bool progress = !ctx.json() && !ctx.options.quiet && isatty(STDERR_FILENO) != 0;
  std::mutex out_mutex;
  std::atomic<size_t> running{0}, finished{0}, failed{0};
  auto begin = std::chrono::steady_clock::now();
  auto show_progress = [&] {
    if (!progress) return;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    ctx.Err() << fmt::format(
                     "\rtidemark: {}/{} targets done, {} running, {} failed ({:.1f} s)\033[K",
                     finished.load(), targets.size(), running.load(), failed.load(), secs)
              << std::flush;
  };
  exec::FleetEvents events;
  events.started = [&](const std::string&) {
    std::lock_guard<std::mutex> lock(out_mutex);
    ++running;
    show_progress();
  };
  events.finished = [&](const exec::TargetReport& r) {
    std::lock_guard<std::mutex> lock(out_mutex);
    if (r.result != exec::TargetResult::kResumed) --running;
    ++finished;
    if (!exec::Succeeded(r.result)) ++failed;
    if (writes && !ctx.json()) {
      if (progress) ctx.Err() << "\r\033[K";
      bool quiet_line = ctx.options.quiet && exec::Succeeded(r.result);
      if (!quiet_line) {
        ctx.Out() << TargetLine(r, request) << "\n";
        for (const auto& f : r.skipped) {
          ctx.Out() << fmt::format(
              "skip {} {}: {} by the interrupted run (its tracking table agrees)\n", r.name, f,
              request.command == exec::FleetCommand::kUp ? "applied" : "rolled back");
        }
      }
      ctx.Out() << std::flush;
    }
    show_progress();
  };

  std::vector<exec::TargetReport> reports = exec::RunFleet(
      targets, *set, request, policy, log.get(), resume ? &*resume : nullptr, events);
  if (progress) ctx.Err() << "\r\033[K" << std::flush;

  if (!writes && !options.run_log.empty()) {
    std::map<std::string, std::string> last = exec::LastErrors(options.run_log);
    for (auto& r : reports) {
      if (r.last_error.empty() && last.count(r.name) != 0) r.last_error = last[r.name];
    }
  }

  std::map<exec::TargetResult, size_t> counts;
  size_t dirty = 0, pending = 0;
  for (const auto& r : reports) {
    ++counts[r.result];
    if (r.dirty || r.modified > 0) ++dirty;
    if (r.pending > 0 || r.missing > 0) ++pending;
  }
  if (writes) {
    std::vector<std::string> names;
    for (const auto& r : reports) {
      if (r.result == exec::TargetResult::kNotStarted) names.push_back(r.name);
    }
    if (!names.empty() && !ctx.json()) {
      std::string list;
      for (size_t i = 0; i < std::min<size_t>(names.size(), 5); ++i) {
        list += (i ? ", " : "") + names[i];
      }
      if (names.size() > 5) list += fmt::format(" and {} more", names.size() - 5);
      ctx.Out() << fmt::format(
          "not started ({}): {}\n",
          policy.canary > 0 &&
                  counts[exec::TargetResult::kFailed] + counts[exec::TargetResult::kRefused] > 0
              ? "a canary or --max-failures stopped the rollout"
              : "--max-failures stopped the rollout",
          list);
    }
  }

  std::string summary = VersionSummary(reports, latest);
  if (ctx.json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : reports) list.push_back(ReportJson(r));
    nlohmann::json results = nlohmann::json::object();
    for (const auto& [result, n] : counts) results[exec::TargetResultName(result)] = n;
    nlohmann::json by_version = nlohmann::json::object();
    for (const auto& r : reports) {
      if (r.result == exec::TargetResult::kDone || r.result == exec::TargetResult::kUpToDate ||
          r.result == exec::TargetResult::kFailed || r.result == exec::TargetResult::kRefused ||
          r.result == exec::TargetResult::kTimedOut) {
        std::string v = r.version.empty() ? "none" : r.version;
        by_version[v] = by_version.value(v, 0) + 1;
      }
    }
    nlohmann::json out{{"schema_version", kFleetJsonVersion},
                       {"command", CommandName(request.command)},
                       {"dry_run", request.dry_run},
                       {"targets_file", file},
                       {"latest", OrNull(latest)},
                       {"targets", list},
                       {"results", results},
                       {"by_version", by_version},
                       {"summary", summary}};
    if (log) out["run"] = log->run_id();
    if (resume) out["resumed"] = resume->run_id;
    PrintJson(ctx, "fleet", out);
  } else {
    if (!writes) PrintStatusTable(ctx, reports);
    if (!ctx.options.quiet || !writes) {
      std::string tally;
      for (const auto& [result, n] : counts) {
        tally +=
            fmt::format("{}{} {}", tally.empty() ? "" : ", ", n, exec::TargetResultName(result));
      }
      ctx.Out() << fmt::format("\n{}: {}\n{}\n", Plural(reports.size(), "target", "targets"), tally,
                               summary);
      if (request.dry_run) ctx.Out() << "dry run: nothing was changed on any target\n";
    }
  }

  size_t hard = counts[exec::TargetResult::kFailed] + counts[exec::TargetResult::kUnreachable] +
                counts[exec::TargetResult::kTimedOut] + counts[exec::TargetResult::kNotStarted];
  if (log)
    log->End(hard + counts[exec::TargetResult::kRefused] + counts[exec::TargetResult::kLocked] > 0
                 ? "failed"
                 : "ok");
  if (!writes) {
    if (counts[exec::TargetResult::kUnreachable] > 0) return kExitFailure;
    if (!exit_code) return kExitOk;
    if (dirty > 0) return kExitDrift;
    if (pending > 0) return kExitPending;
    return kExitOk;
  }
  if (hard > 0) return kExitFailure;
  if (counts[exec::TargetResult::kRefused] > 0) return kExitDrift;
  if (counts[exec::TargetResult::kLocked] > 0) return kExitLockTimeout;
  return kExitOk;
}

}  // namespace tidemark::cli
