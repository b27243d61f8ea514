#include "cli/fleet_common.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"
#include "exec/archive.h"
#include "exec/lock.h"
#include "exec/scratch_postgres.h"

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
    case exec::FleetCommand::kDrift:
      return "drift";
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

// "a, b, c, d, e and 3 more"
std::string NameList(const std::vector<std::string>& names) {
  size_t shown = std::min<size_t>(names.size(), 5);
  std::string list;
  for (size_t i = 0; i < shown; ++i) list += (i ? ", " : "") + names[i];
  if (names.size() > shown) list += fmt::format(" and {} more", names.size() - shown);
  return list;
}

// "2 objects (added column public.t.note, missing index public.t_idx)"
std::string DriftObjects(const exec::TargetReport& r) {
  std::vector<std::string> changes;
  changes.reserve(r.drift.size());
  for (const auto& c : r.drift) changes.push_back(c.change + " " + c.object);
  return fmt::format("{} ({})", Plural(r.drift.size(), "object", "objects"), NameList(changes));
}

// "38 without drift, 2 drifted (c1/d03, c2/d07), 1 unreachable (gone)".
// The drift command names the targets it could not check by their result;
// status (`in_status`) says "not checked" of the read targets whose drift
// could not be checked, and leaves the unread ones to its tally.
std::string DriftSummary(const std::vector<exec::TargetReport>& reports, bool in_status) {
  size_t clean = 0;
  std::vector<std::string> drifted;
  std::map<std::string, std::vector<std::string>> others;
  for (const auto& r : reports) {
    switch (r.drift_state) {
      case exec::DriftState::kNone:
        ++clean;
        continue;
      case exec::DriftState::kDrifted:
        drifted.push_back(r.name);
        continue;
      case exec::DriftState::kNotChecked:
        if (in_status) continue;
        break;
      default:
        break;
    }
    others[in_status ? "not checked" : exec::TargetResultName(r.result)].push_back(r.name);
  }
  std::string out = fmt::format("{} without drift", clean);
  if (!drifted.empty()) out += fmt::format(", {} drifted ({})", drifted.size(), NameList(drifted));
  for (const auto& [what, names] : others) {
    out += fmt::format(", {} {} ({})", names.size(), what, NameList(names));
  }
  return out;
}

// What the drift command says of one finished target.
std::string DriftLine(const exec::TargetReport& r) {
  switch (r.drift_state) {
    case exec::DriftState::kNone:
      return r.name + ": no drift";
    case exec::DriftState::kDrifted:
      return fmt::format("{}: drift: {}", r.name, DriftObjects(r));
    default:
      return fmt::format("{}: {}: {}", r.name, exec::TargetResultName(r.result), r.error);
  }
}

nlohmann::json ReportJson(const exec::TargetReport& r, bool drift) {
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
  if (drift) {
    bool checked =
        r.drift_state == exec::DriftState::kNone || r.drift_state == exec::DriftState::kDrifted;
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& c : r.drift) changes.push_back({{"object", c.object}, {"change", c.change}});
    j["drift"] = checked ? changes : nlohmann::json(nullptr);
    if (!r.drift_error.empty()) j["drift_error"] = r.drift_error;
  }
  return j;
}

std::string Cell(const std::string& text, size_t width) {
  if (text.size() <= width) return text;
  return text.substr(0, width - 3) + "...";
}

// The DRIFT column: "no", "2 objects", "?" (not checked: why is in LAST ERROR).
std::string DriftCell(const exec::TargetReport& r) {
  switch (r.drift_state) {
    case exec::DriftState::kNone:
      return "no";
    case exec::DriftState::kDrifted:
      return Plural(r.drift.size(), "object", "objects");
    default:
      return "?";
  }
}

void PrintStatusTable(const Context& ctx, const std::vector<exec::TargetReport>& reports,
                      bool drift) {
  size_t name_width = std::string("TARGET").size();
  size_t version_width = std::string("VERSION").size();
  size_t drift_width = std::string("DRIFT").size();
  for (const auto& r : reports) {
    name_width = std::max(name_width, r.name.size());
    version_width = std::max(version_width, r.version.size());
    drift_width = std::max(drift_width, DriftCell(r).size());
  }
  std::string format = "{:<" + std::to_string(name_width) + "}  {:<" +
                       std::to_string(version_width) + "}  {:>7}  {:<5}  ";
  if (drift) format += "{:<" + std::to_string(drift_width) + "}  ";
  format += "{}";
  auto row = [&](const std::string& name, const std::string& version, const std::string& pending,
                 const std::string& dirty, const std::string& drift_cell,
                 const std::string& error) {
    std::string line =
        drift ? fmt::format(fmt::runtime(format), name, version, pending, dirty, drift_cell, error)
              : fmt::format(fmt::runtime(format), name, version, pending, dirty, error);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    ctx.Out() << line << "\n";
  };
  row("TARGET", "VERSION", "PENDING", "DIRTY", "DRIFT", "LAST ERROR");
  for (const auto& r : reports) {
    bool read = r.result == exec::TargetResult::kDone;
    std::string error = r.last_error;
    if (!read && error.empty()) error = exec::TargetResultName(r.result);
    if (drift && error.empty()) error = r.drift_error;
    row(r.name, read ? (r.version.empty() ? "-" : r.version) : "?",
        read ? std::to_string(r.pending) : "?", read ? (r.dirty ? "yes" : "no") : "?", DriftCell(r),
        Cell(error, 160));
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

void AddFleetOptions(CLI::App* cmd, FleetOptions* options, bool writes, bool drift) {
  cmd->add_option("--targets", options->targets_file,
                  "Run over every target of this targets file (docs/fleet.md)")
      ->type_name("FILE");
  cmd->add_option("--target", options->select,
                  "With --targets: only this target or group (repeatable; * and ? match)")
      ->type_name("NAME|GROUP");
  cmd->add_option("--parallel", options->parallel, "With --targets: targets worked on at once")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  if (drift) return;
  if (!writes) {
    cmd->add_flag("--drift", options->drift,
                  "With --targets: a DRIFT column, each target's `migrate drift` (replays the "
                  "applied migrations once per distinct set on a scratch database)");
    cmd->add_option("--dev-url", options->dev_url,
                    "With --drift: a server to replay on (a database per distinct set of applied "
                    "migrations is created there and dropped; default: a throwaway PostgreSQL "
                    "started here)");
  }
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

int RunFleetCommand(Context& ctx, const FleetOptions& options,
                    const exec::FleetRequest& fleet_request, bool exit_code) {
  exec::FleetRequest request = fleet_request;
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

  bool drift_command = request.command == exec::FleetCommand::kDrift;
  bool writes = request.command != exec::FleetCommand::kStatus && !drift_command;
  bool drift = drift_command || options.drift;

  // Drift: the replays run on databases made on demand, in one scratch
  // PostgreSQL started for the run or on the --dev-url server; the latter's
  // are dropped at the end.
  std::mutex scratch_mutex;
  std::unique_ptr<exec::ScratchPostgres> scratch;
  std::vector<std::string> dev_databases;
  exec::ConnectionTarget dev{options.dev_url};
  std::unique_ptr<exec::DriftReplays> replays;
  if (drift) {
    replays = std::make_unique<exec::DriftReplays>([&]() -> std::string {
      std::lock_guard<std::mutex> lock(scratch_mutex);
      if (options.dev_url.empty()) {
        if (!scratch) throw std::runtime_error("no scratch PostgreSQL was started");
        return scratch->ConnectionString(scratch->CreateDatabase("drift"));
      }
      std::string name = fmt::format("tidemark_drift_{}_{}", ::getpid(), dev_databases.size() + 1);
      try {
        auto conn = exec::Connect(dev);
        pqxx::nontransaction tx(*conn);
        tx.exec("CREATE DATABASE " + name + " TEMPLATE template0");
        dev_databases.push_back(name);
        return exec::WithConninfoSetting(dev.conninfo, "dbname", name);
      } catch (const exec::TargetsError& e) {
        throw std::runtime_error("--dev-url: " + e.message);
      } catch (const std::exception& e) {
        throw std::runtime_error(dev.Redact(
            fmt::format("--dev-url: cannot create a database to replay on: {}", e.what())));
      }
    });
    request.drift = replays.get();
    // Started here, not by a worker: the server stops when the thread that
    // started it ends. Not when no target can be compared.
    bool comparable = std::any_of(targets.begin(), targets.end(), [](const exec::Target& t) {
      return t.schema.empty() && t.error.empty();
    });
    if (options.dev_url.empty() && comparable) {
      ctx.Log("starting a scratch PostgreSQL");
      scratch = exec::ScratchPostgres::Start();
    }
    request.drift_exclude = {ctx.config.archive_schema.value_or(exec::kDefaultArchiveSchema)};
  }
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
    if (drift_command && !ctx.json()) {
      if (progress) ctx.Err() << "\r\033[K";
      if (!ctx.options.quiet || r.drift_state != exec::DriftState::kNone) {
        ctx.Out() << DriftLine(r) << "\n" << std::flush;
      }
    } else if (writes && !ctx.json()) {
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
  for (const auto& name : dev_databases) {
    try {
      auto conn = exec::Connect(dev);
      pqxx::nontransaction tx(*conn);
      tx.exec("DROP DATABASE IF EXISTS " + name);
    } catch (const std::exception& e) {
      ctx.Warn(dev.Redact(
          fmt::format("--dev-url: cannot drop the replay database {}: {}", name, e.what())));
    }
  }
  size_t drifted = 0, drift_errors = 0;
  for (const auto& r : reports) {
    if (r.drift_state == exec::DriftState::kDrifted) ++drifted;
    if (r.drift_state == exec::DriftState::kError) ++drift_errors;
  }

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

  std::string summary =
      drift_command ? DriftSummary(reports, false) : VersionSummary(reports, latest);
  if (ctx.json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : reports) list.push_back(ReportJson(r, drift));
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
    if (drift) out["replays"] = replays->replays();
    PrintJson(ctx, "fleet", out);
  } else if (drift_command) {
    ctx.Out() << fmt::format("\n{}: {}\n", Plural(reports.size(), "target", "targets"), summary);
  } else {
    if (!writes) PrintStatusTable(ctx, reports, options.drift);
    if (!ctx.options.quiet || !writes) {
      std::string tally;
      for (const auto& [result, n] : counts) {
        tally +=
            fmt::format("{}{} {}", tally.empty() ? "" : ", ", n, exec::TargetResultName(result));
      }
      ctx.Out() << fmt::format("\n{}: {}\n{}\n", Plural(reports.size(), "target", "targets"), tally,
                               summary);
      if (request.dry_run) ctx.Out() << "dry run: nothing was changed on any target\n";
      if (options.drift) ctx.Out() << "drift: " << DriftSummary(reports, true) << "\n";
    }
  }

  size_t hard = counts[exec::TargetResult::kFailed] + counts[exec::TargetResult::kUnreachable] +
                counts[exec::TargetResult::kTimedOut] + counts[exec::TargetResult::kNotStarted];
  if (log)
    log->End(hard + counts[exec::TargetResult::kRefused] + counts[exec::TargetResult::kLocked] > 0
                 ? "failed"
                 : "ok");
  if (drift_command) {
    // As a single-target `migrate drift`: 1 when a target could not be
    // checked; with --exit-code, 1 on drift.
    if (counts[exec::TargetResult::kDone] < reports.size()) return kExitFailure;
    return drifted > 0 && exit_code ? kExitFailure : kExitOk;
  }
  if (!writes) {
    if (counts[exec::TargetResult::kUnreachable] > 0 || drift_errors > 0) return kExitFailure;
    if (!exit_code) return kExitOk;
    if (dirty > 0 || drifted > 0) return kExitDrift;
    if (pending > 0) return kExitPending;
    return kExitOk;
  }
  if (hard > 0) return kExitFailure;
  if (counts[exec::TargetResult::kRefused] > 0) return kExitDrift;
  if (counts[exec::TargetResult::kLocked] > 0) return kExitLockTimeout;
  return kExitOk;
}

}  // namespace tidemark::cli
