#pragma once

// One migration set applied, checked or rolled back over many targets
// (docs/fleet.md). Each target runs as a single `migrate up`/`rollback`
// would: its own advisory lock, its own tracking table (the truth of what is
// applied), one transaction per migration. The fleet adds bounded
// parallelism, a canary phase, a failure budget, per-target timeouts and a
// run log to resume from.

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "exec/catalog_snapshot.h"
#include "exec/drift.h"
#include "exec/plan.h"
#include "exec/targets.h"
#include "parser/migration.h"

namespace tidemark::exec {

enum class FleetCommand { kUp, kRollback, kStatus, kDrift };

// The migrations' side of drift over a fleet: the applied migrations are
// replayed on an empty database once per distinct set of them (most targets
// share a version), not once per target; every target with that set is
// compared with the one snapshot. Thread-safe.
class DriftReplays {
 public:
  // `new_database` makes an empty database and returns its libpq
  // connection string; it is called once per replay, from the worker that
  // replays, and may throw std::runtime_error.
  explicit DriftReplays(std::function<std::string()> new_database);

  // The catalog snapshot of `ups` replayed on an empty database, `exclude`
  // left out (and owners and privileges, as exec::CheckDrift). The first
  // caller of a set replays it; the others wait for it. Throws the
  // replay's std::runtime_error to every caller of a set whose replay
  // failed.
  std::shared_ptr<const CatalogSnapshot> Expected(const std::vector<Step>& ups,
                                                  const std::vector<std::string>& exclude);
  size_t replays() const;

 private:
  std::function<std::string()> new_database_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_future<std::shared_ptr<const CatalogSnapshot>>> cache_;
};

// The snapshot options drift compares with: `exclude` (the tracking schema,
// the archive) left out, and owners and privileges, which name roles.
SnapshotOptions DriftSnapshotOptions(const std::vector<std::string>& exclude);

struct FleetPolicy {
  size_t parallel = 4;                 // targets worked on at once
  size_t canary = 0;                   // the first K targets first; the rest if all succeed
  std::optional<size_t> max_failures;  // failed targets tolerated; one more stops new starts
  std::chrono::milliseconds target_timeout{0};  // per target, 0: none
  std::chrono::milliseconds lock_timeout{10000};
};

struct FleetRequest {
  FleetCommand command = FleetCommand::kStatus;
  // up and rollback: each target says what would run (`would`), taking no
  // lock and writing nothing.
  bool dry_run = false;
  UpRequest up;
  RollbackRequest rollback;
  // kDrift, and kStatus when set: each target's drift, from these replays.
  DriftReplays* drift = nullptr;
  // Left out of drift besides each target's tracking schema (the archive
  // of `rollback --keep-data`).
  std::vector<std::string> drift_exclude;
};

// What drift found on a target.
enum class DriftState {
  kNotChecked,  // not asked for (status without --drift), or the target was not read
  kNone,        // it holds the schema of its applied migrations
  kDrifted,     // objects differ (`drift`)
  kCannot,      // dirty, an applied migration's file is gone, or a tenant schema
  kError,       // the replay or the read of its schema failed
};

// How a target ended. kDone and kUpToDate are successes.
enum class TargetResult {
  kDone,         // migrations applied (rolled back), or status read
  kUpToDate,     // nothing to apply (roll back)
  kResumed,      // finished in the interrupted run that this run resumes: skipped
  kFailed,       // a migration failed (it was rolled back, or is dirty)
  kRefused,      // dirty or drifted: nothing was run (as a single `migrate up` refuses)
  kUnreachable,  // no connection
  kLocked,       // another run holds its migration lock past --lock-timeout
  kTimedOut,     // --target-timeout passed; the running migration was cancelled
  kNotStarted,   // the policy stopped new starts (canary failed, --max-failures)
};
const char* TargetResultName(TargetResult result);
bool Succeeded(TargetResult result);

struct TargetReport {
  std::string name;
  TargetResult result = TargetResult::kNotStarted;
  std::vector<std::string> done;     // files applied or rolled back, in order
  std::vector<std::string> would;    // --dry-run: files that would be, in order
  std::vector<std::string> skipped;  // resume: files the interrupted run applied (rolled back)
  std::string failed_file;           // the migration that failed
  std::string failed_at;             // "file:line:col"
  std::string error;                 // why it failed, redacted
  std::string note;                  // e.g. rollback stopped at a migration without Down SQL
  bool dirty_after = false;          // the failure left the migration dirty
  int batch = 0;
  int64_t ms = 0;
  // Status (every command fills it from the tracking table it read):
  std::string version;  // newest applied version, empty when none
  size_t applied = 0;
  size_t pending = 0;
  size_t modified = 0;
  size_t missing = 0;
  bool dirty = false;
  std::string last_error;  // a dirty migration's error, or this target's error
  // Drift (`migrate drift`, `status --drift`):
  DriftState drift_state = DriftState::kNotChecked;
  std::vector<DriftChange> drift;  // by object
  std::string drift_error;         // why it is kCannot or kError
};

// What the run log says of an interrupted run (one without its end line).
struct ResumeState {
  std::string run_id;
  std::string started;
  std::set<std::string> finished;                              // targets that ended with success
  std::map<std::string, std::vector<std::string>> applied;     // target -> files done
  std::map<std::string, std::set<std::string>> started_files;  // started, no end line
  std::map<std::string, int> batch;                            // target -> batch used
};

// The run log: JSON lines appended as the run goes (docs/fleet.md):
//   {"run", "event": "run-start", "command", "time", "targets", "resumes"}
//   {"run", "target", "migration", "start", "result": "started"}
//   {"run", "target", "migration", "start", "end", "result": "applied"|"failed"|...}
//   {"run", "target", "migration": null, "start", "end", "result": <TargetResult>, "batch"}
//   {"run", "event": "run-end", "time", "result"}
// Each line is written with one write(2) to a file opened O_APPEND, so a
// killed run leaves whole lines.
class RunLog {
 public:
  // Opens (creates) `path`. When its last run of `command` has no run-end
  // line, `resume` is filled from it. Throws std::runtime_error.
  RunLog(const std::string& path, const std::string& command, std::optional<ResumeState>* resume);
  ~RunLog();
  RunLog(const RunLog&) = delete;
  RunLog& operator=(const RunLog&) = delete;

  const std::string& run_id() const { return run_id_; }
  void Start(size_t targets, const std::string& resumes);
  void TargetStarted(const std::string& target, int batch);
  void MigrationStarted(const std::string& target, const std::string& migration,
                        const std::string& start);
  void MigrationEnded(const std::string& target, const std::string& migration,
                      const std::string& start, const std::string& result, int64_t ms,
                      const std::string& error);
  void TargetEnded(const TargetReport& report, const std::string& start);
  void End(const std::string& result);

 private:
  void Write(const std::string& line);
  int fd_ = -1;
  std::string run_id_;
  std::string command_;
  std::mutex mutex_;
};

// The last failure the run log records per target (for fleet status).
std::map<std::string, std::string> LastErrors(const std::string& path);

struct FleetEvents {
  std::function<void(const std::string& target)> started;
  std::function<void(const TargetReport& report)> finished;
};

// Runs `request` over `targets` (in their order) under `policy`; `log` and
// `resume` may be null. Returns one report per target, in the same order.
std::vector<TargetReport> RunFleet(const std::vector<Target>& targets,
                                   const parser::MigrationSet& set, const FleetRequest& request,
                                   const FleetPolicy& policy, RunLog* log,
                                   const ResumeState* resume, const FleetEvents& events);

// ISO 8601 UTC with milliseconds: 2026-12-03T10:20:01.123Z
std::string NowIso();

}  // namespace tidemark::exec
