#include "exec/fleet.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "analyzer/parse_tree.h"
#include "exec/lock.h"
#include "exec/runner.h"
#include "exec/tracking.h"

namespace tidemark::exec {

const char* TargetResultName(TargetResult result) {
  switch (result) {
    case TargetResult::kDone:
      return "done";
    case TargetResult::kUpToDate:
      return "up-to-date";
    case TargetResult::kResumed:
      return "finished-before";
    case TargetResult::kFailed:
      return "failed";
    case TargetResult::kRefused:
      return "refused";
    case TargetResult::kUnreachable:
      return "unreachable";
    case TargetResult::kLocked:
      return "locked";
    case TargetResult::kTimedOut:
      return "timed-out";
    case TargetResult::kNotStarted:
      return "not-started";
  }
  return "failed";
}

bool Succeeded(TargetResult result) {
  return result == TargetResult::kDone || result == TargetResult::kUpToDate ||
         result == TargetResult::kResumed;
}

std::string NowIso() {
  auto now = std::chrono::system_clock::now();
  std::time_t secs = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()) % 1000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return fmt::format("{}.{:03d}Z", buf, static_cast<int>(ms.count()));
}

// ---------------------------------------------------------------- run log

RunLog::RunLog(const std::string& path, const std::string& command,
               std::optional<ResumeState>* resume)
    : command_(command) {
  if (resume != nullptr) {
    resume->reset();
    std::ifstream in(path);
    std::map<std::string, ResumeState> runs;
    std::string last;  // the last run of this command
    std::set<std::string> ended;
    for (std::string line; std::getline(in, line);) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("run")) continue;  // a torn line
      std::string run = j.value("run", "");
      std::string event = j.value("event", "");
      if (event == "run-start") {
        if (j.value("command", "") != command) continue;
        last = run;
        runs[run].run_id = run;
        runs[run].started = j.value("time", "");
        // A resumed run carries on what its predecessor did.
        std::string resumes = j.value("resumes", "");
        if (!resumes.empty() && runs.count(resumes) != 0) {
          ResumeState carried = runs[resumes];
          carried.run_id = run;
          carried.started = runs[run].started;
          runs[run] = carried;
        }
        continue;
      }
      if (runs.count(run) == 0) continue;
      ResumeState& state = runs[run];
      if (event == "run-end") {
        ended.insert(run);
        continue;
      }
      std::string target = j.value("target", "");
      std::string result = j.value("result", "");
      if (j.contains("migration") && j["migration"].is_string()) {
        auto migration = j["migration"].get<std::string>();
        if (result == "started") {
          state.started_files[target].insert(migration);
        } else {
          state.started_files[target].erase(migration);
          if (result == "applied" || result == "rolled-back") {
            state.applied[target].push_back(migration);
          }
        }
      } else if (result == "target-started") {
        state.batch[target] = j.value("batch", 0);
      } else if (result == "done" || result == "up-to-date" || result == "finished-before") {
        state.finished.insert(target);
      }
    }
    if (!last.empty() && ended.count(last) == 0) *resume = runs[last];
  }
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    throw std::runtime_error(fmt::format("cannot open the run log {}: {}", path, strerror(errno)));
  }
  auto now = std::chrono::system_clock::now();
  std::time_t secs = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  run_id_ = fmt::format("{}-{}", buf, ::getpid());
}

RunLog::~RunLog() {
  if (fd_ >= 0) ::close(fd_);
}

void RunLog::Write(const std::string& line) {
  std::string text = line + "\n";
  std::lock_guard<std::mutex> lock(mutex_);
  const char* p = text.data();
  size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(fmt::format("cannot write the run log: {}", strerror(errno)));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
}

void RunLog::Start(size_t targets, const std::string& resumes) {
  nlohmann::json j{{"run", run_id_},   {"event", "run-start"}, {"command", command_},
                   {"time", NowIso()}, {"targets", targets},   {"resumes", resumes}};
  Write(j.dump());
}

void RunLog::TargetStarted(const std::string& target, int batch) {
  nlohmann::json j{{"run", run_id_},    {"target", target},           {"migration", nullptr},
                   {"start", NowIso()}, {"result", "target-started"}, {"batch", batch}};
  Write(j.dump());
}

void RunLog::MigrationStarted(const std::string& target, const std::string& migration,
                              const std::string& start) {
  nlohmann::json j{{"run", run_id_},
                   {"target", target},
                   {"migration", migration},
                   {"start", start},
                   {"result", "started"}};
  Write(j.dump());
}

void RunLog::MigrationEnded(const std::string& target, const std::string& migration,
                            const std::string& start, const std::string& result, int64_t ms,
                            const std::string& error) {
  nlohmann::json j{{"run", run_id_}, {"target", target}, {"migration", migration},
                   {"start", start}, {"end", NowIso()},  {"result", result},
                   {"ms", ms}};
  if (!error.empty()) j["error"] = error;
  Write(j.dump());
}

void RunLog::TargetEnded(const TargetReport& report, const std::string& start) {
  nlohmann::json j{{"run", run_id_},        {"target", report.name},
                   {"migration", nullptr},  {"start", start},
                   {"end", NowIso()},       {"result", TargetResultName(report.result)},
                   {"batch", report.batch}, {"done", report.done.size()}};
  if (!report.error.empty()) j["error"] = report.error;
  Write(j.dump());
}

void RunLog::End(const std::string& result) {
  nlohmann::json j{{"run", run_id_}, {"event", "run-end"}, {"time", NowIso()}, {"result", result}};
  Write(j.dump());
}

std::map<std::string, std::string> LastErrors(const std::string& path) {
  std::map<std::string, std::string> errors;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("target")) continue;
    if (j.contains("migration") && !j["migration"].is_null()) continue;
    std::string target = j.value("target", "");
    std::string result = j.value("result", "");
    if (result == "target-started") continue;
    if (j.contains("error")) {
      errors[target] = j.value("error", "");
    } else if (result == "done" || result == "up-to-date") {
      errors.erase(target);
    }
  }
  return errors;
}

// ---------------------------------------------------------------- drift

SnapshotOptions DriftSnapshotOptions(const std::vector<std::string>& exclude) {
  SnapshotOptions options;
  options.exclude_schemas = exclude;
  options.owners = false;
  options.privileges = false;
  return options;
}

DriftReplays::DriftReplays(std::function<std::string()> new_database)
    : new_database_(std::move(new_database)) {}

std::shared_ptr<const CatalogSnapshot> DriftReplays::Expected(
    const std::vector<Step>& ups, const std::vector<std::string>& exclude) {
  // The files are the run's, so a set is its versions in apply order.
  std::string key;
  for (const auto& schema : exclude) key += schema + ",";
  key += "|";
  for (const auto& up : ups) key += up.version + ",";
  std::promise<std::shared_ptr<const CatalogSnapshot>> promise;
  std::shared_future<std::shared_ptr<const CatalogSnapshot>> future;
  bool mine = false;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cache_.find(key);
    if (it == cache_.end()) {
      future = promise.get_future().share();
      cache_.emplace(key, future);
      mine = true;
    } else {
      future = it->second;
    }
  }
  if (mine) {
    try {
      std::string database = new_database_();
      ReplayUps(database, ups);
      promise.set_value(std::make_shared<const CatalogSnapshot>(
          TakeSnapshot(database, DriftSnapshotOptions(exclude))));
    } catch (...) {
      promise.set_exception(std::current_exception());
    }
  }
  return future.get();
}

size_t DriftReplays::replays() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return cache_.size();
}

// ---------------------------------------------------------------- one target

namespace {

// Cancels the running statement of targets past --target-timeout.
class Watchdog {
 public:
  explicit Watchdog(std::chrono::milliseconds timeout) : timeout_(timeout) {
    if (timeout_.count() > 0) thread_ = std::thread([this] { Loop(); });
  }
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  struct Slot {
    std::chrono::steady_clock::time_point deadline;
    pqxx::connection* conn = nullptr;
    bool fired = false;
  };
  // A slot per running target; Watch/Unwatch bracket the connection's life.
  int Begin() {
    std::lock_guard<std::mutex> lock(mutex_);
    int id = next_++;
    slots_[id].deadline = std::chrono::steady_clock::now() + timeout_;
    return id;
  }
  void Watch(int id, pqxx::connection* conn) {
    std::lock_guard<std::mutex> lock(mutex_);
    slots_[id].conn = conn;
  }
  void Unwatch(int id) {
    std::lock_guard<std::mutex> lock(mutex_);
    slots_[id].conn = nullptr;
  }
  bool Expired(int id) {
    if (timeout_.count() <= 0) return false;
    std::lock_guard<std::mutex> lock(mutex_);
    return slots_[id].fired || std::chrono::steady_clock::now() >= slots_[id].deadline;
  }
  void End(int id) {
    std::lock_guard<std::mutex> lock(mutex_);
    slots_.erase(id);
  }

 private:
  void Loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stop_) {
      auto now = std::chrono::steady_clock::now();
      for (auto& [id, slot] : slots_) {
        if (slot.fired || now < slot.deadline) continue;
        slot.fired = true;
        if (slot.conn != nullptr) {
          try {
            slot.conn->cancel_query();
          } catch (...) {
            // The statement ends anyway, or the connection is gone.
          }
        }
      }
      wake_.wait_for(lock, std::chrono::milliseconds(50));
    }
  }

  std::chrono::milliseconds timeout_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<int, Slot> slots_;
  int next_ = 0;
  bool stop_ = false;
  std::thread thread_;
};

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// Why a tenant schema's drift is not checked.
constexpr const char* kTenantDrift =
    "drift is not checked on a tenant schema: `migrate drift` compares a whole database with "
    "its applied migrations replayed on an empty one, and cannot single out one schema";

// The status columns of a target, from its migration states.
void FillStatus(const std::vector<MigrationState>& states, TargetReport* report) {
  std::optional<parser::Version> newest;
  report->applied = report->pending = report->modified = report->missing = 0;
  report->dirty = false;
  for (const auto& s : states) {
    switch (s.status) {
      case MigrationStatus::kPending:
        ++report->pending;
        break;
      case MigrationStatus::kModified:
        ++report->modified;
        break;
      case MigrationStatus::kMissing:
        ++report->missing;
        break;
      case MigrationStatus::kDirty:
        report->dirty = true;
        report->last_error = s.applied->error.value_or("a non-transactional run failed");
        break;
      default:
        break;
    }
    if (s.applied != nullptr) {
      ++report->applied;
      auto v = parser::Version::Parse(s.version);
      if (v && (!newest || *newest < *v)) {
        newest = *v;
        report->version = s.version;
      }
    }
  }
  if (!newest) report->version.clear();
}

class TargetRun {
 public:
  TargetRun(const Target& target, const parser::MigrationSet& set, const FleetRequest& request,
            const FleetPolicy& policy, RunLog* log, const ResumeState* resume, Watchdog* watchdog)
      : t_(target),
        set_(set),
        request_(request),
        policy_(policy),
        log_(log),
        resume_(resume),
        watchdog_(watchdog) {
    report_.name = t_.name;
    connection_ = t_.connection;
    if (policy_.target_timeout.count() > 0) {
      auto secs = std::max<int64_t>(
          1, std::chrono::duration_cast<std::chrono::seconds>(policy_.target_timeout).count());
      try {
        connection_.conninfo =
            WithConninfoSetting(connection_.conninfo, "connect_timeout", std::to_string(secs));
      } catch (const TargetsError&) {
        // A malformed conninfo fails at Connect with libpq's own message.
      }
    }
  }

  TargetReport Run() {
    auto begin = std::chrono::steady_clock::now();
    std::string start = NowIso();
    slot_ = watchdog_->Begin();
    try {
      Dispatch();
    } catch (const std::exception& e) {
      report_.result = report_.result == TargetResult::kNotStarted ? TargetResult::kUnreachable
                                                                   : TargetResult::kFailed;
      report_.error = connection_.Redact(Trimmed(e.what()));
    }
    watchdog_->Unwatch(slot_);
    watchdog_->End(slot_);
    conn_.reset();
    lock_.reset();
    report_.ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::steady_clock::now() - begin)
                     .count();
    if (!report_.error.empty() && report_.last_error.empty()) report_.last_error = report_.error;
    if (log_ != nullptr && request_.command != FleetCommand::kStatus &&
        request_.command != FleetCommand::kDrift) {
      log_->TargetEnded(report_, start);
    }
    return report_;
  }

 private:
  void Dispatch() {
    if (!t_.error.empty()) {
      report_.result = TargetResult::kUnreachable;
      report_.error = t_.error;
      return;
    }
    if (request_.command == FleetCommand::kDrift && !t_.schema.empty()) {
      report_.result = TargetResult::kRefused;
      report_.error = kTenantDrift;
      report_.drift_state = DriftState::kCannot;
      report_.drift_error = report_.error;
      return;
    }
    bool writes = request_.command != FleetCommand::kStatus &&
                  request_.command != FleetCommand::kDrift && !request_.dry_run;
    if (writes) {
      int holder = 0;
      // A tenant of a shared tracking table has a lock of its own.
      std::string lock_name =
          t_.tenant.empty() ? t_.tracking_schema : t_.tracking_schema + ":" + t_.tenant;
      lock_ = MigrationLock::Acquire(connection_, lock_name, policy_.lock_timeout, &holder);
      if (!lock_) {
        report_.result = TargetResult::kLocked;
        report_.error = LockHeld("on this database", holder);
        return;
      }
    }
    conn_ = Connect(connection_);
    watchdog_->Watch(slot_, conn_.get());
    report_.result = TargetResult::kFailed;  // from here on an exception is a failure
    if (!t_.schema.empty()) {
      // With a shared tracking table, pg_temp (where the tenant's view of
      // it lives) is searched last, after the tenant's schema and public.
      pqxx::nontransaction tx(*conn_);
      tx.exec("SET search_path TO " + analyzer::QuoteIdentifier(t_.schema) + ", public" +
              (t_.tenant.empty() ? "" : ", pg_temp"));
    }
    bool creates = writes && request_.command == FleetCommand::kUp;
    if (!t_.tenant.empty()) {
      if (!OpenSharedTracking(creates)) return;
      tracking_ = std::make_unique<TrackingTable>("pg_temp");
    } else {
      tracking_ = std::make_unique<TrackingTable>(t_.tracking_schema);
      if (creates) tracking_->Ensure(*conn_);
    }
    {
      pqxx::read_transaction tx(*conn_);
      applied_ = tracking_->Load(tx);
    }
    states_ = ComputeStates(set_.migrations, applied_);
    FillStatus(states_, &report_);
    switch (request_.command) {
      case FleetCommand::kStatus:
        if (request_.drift != nullptr) Drift();
        report_.result = TargetResult::kDone;
        return;
      case FleetCommand::kDrift:
        Drift();
        switch (report_.drift_state) {
          case DriftState::kCannot:
            report_.result = TargetResult::kRefused;
            report_.error = report_.drift_error;
            break;
          case DriftState::kError:
            report_.result = TargetResult::kFailed;
            report_.error = report_.drift_error;
            break;
          default:
            report_.result = TargetResult::kDone;
            break;
        }
        return;
      case FleetCommand::kUp:
        Up();
        break;
      case FleetCommand::kRollback:
        Rollback();
        break;
    }
    // The status after the run, read back from the tracking table.
    pqxx::read_transaction tx(*conn_);
    applied_ = tracking_->Load(tx);
    states_ = ComputeStates(set_.migrations, applied_);
    std::string last_error = report_.last_error;
    FillStatus(states_, &report_);
    if (report_.last_error.empty()) report_.last_error = last_error;
  }

  // What `migrate drift` says of this target alone: its applied
  // migrations' Ups (from the files), replayed once per distinct set by
  // request_.drift, compared with its catalog in PostgreSQL's spelling.
  void Drift() {
    auto cannot = [&](const std::string& why) {
      report_.drift_state = DriftState::kCannot;
      report_.drift_error = why;
    };
    if (!t_.schema.empty()) {
      cannot(kTenantDrift);
      return;
    }
    std::map<std::string, const parser::MigrationFile*> by_version;
    for (const auto& m : set_.migrations) by_version[m.version.text()] = &m;
    std::vector<Step> ups;
    for (const auto& row : applied_) {
      // The refusals of a single-target `migrate drift`, in its words.
      if (row.dirty) {
        cannot(fmt::format(
            "{} is dirty (a run failed{}): the database is between two schemas; repair it "
            "before checking drift",
            row.name, row.failed_at ? " at " + *row.failed_at : ""));
        return;
      }
      auto it = by_version.find(row.version);
      if (it == by_version.end()) {
        cannot(fmt::format(
            "{} is applied but its file is not in the migrations directory: drift needs every "
            "applied migration's Up",
            row.name));
        return;
      }
      const parser::MigrationFile& f = *it->second;
      ups.push_back(
          MakeStep(f.version.text(), f.filename, f.path(), f.up.statements, f.up.notransaction));
    }
    std::vector<std::string> exclude = {t_.tracking_schema};
    exclude.insert(exclude.end(), request_.drift_exclude.begin(), request_.drift_exclude.end());
    try {
      std::shared_ptr<const CatalogSnapshot> expected = request_.drift->Expected(ups, exclude);
      CatalogSnapshot live = TakeSnapshot(connection_.conninfo, DriftSnapshotOptions(exclude));
      report_.drift = DriftOf(CompareSnapshots(*expected, live)).changes;
      report_.drift_state = report_.drift.empty() ? DriftState::kNone : DriftState::kDrifted;
    } catch (const std::exception& e) {
      report_.drift_state = DriftState::kError;
      report_.drift_error = connection_.Redact(Trimmed(e.what()));
    }
  }

  // A tenant of a shared tracking table (docs/fleet.md): the table
  // `<tracking_schema>.migrations` holds every tenant's rows, keyed by a
  // `tenant` column; this connection reads and writes the tenant's rows
  // only, through the temporary view `pg_temp.migrations` of them (WITH
  // CHECK OPTION, the tenant as its default), so the tracking code is the
  // one of every target. `create` (up) creates the table, one tenant at a
  // time under the shared schema's lock; without it a missing table means
  // nothing is applied. False when that lock stayed taken.
  bool OpenSharedTracking(bool create) {
    TrackingTable shared(t_.tracking_schema);
    auto keyed = [&](pqxx::transaction_base& tx) {
      return tx
          .exec1("SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(" +
                 tx.quote(shared.Table(tx)) + ") AND attname = 'tenant' AND NOT attisdropped)")[0]
          .as<bool>();
    };
    auto not_keyed = [&] {
      return std::runtime_error(fmt::format(
          "{}: {}.migrations is a tracking table not keyed by tenant (no `tenant` column): give "
          "the entry's tracking_schema a schema of its own",
          t_.where, t_.tracking_schema));
    };
    if (create) {
      int holder = 0;
      auto setup =
          MigrationLock::Acquire(connection_, t_.tracking_schema, policy_.lock_timeout, &holder);
      if (!setup) {
        report_.result = TargetResult::kLocked;
        report_.error = LockHeld(
            fmt::format("of the shared tracking table {}.migrations", t_.tracking_schema), holder);
        return false;
      }
      shared.Ensure(*conn_);  // also upgrades an older layout
      pqxx::work tx(*conn_);
      if (!keyed(tx)) {
        std::string table = shared.Table(tx);
        if (tx.exec1("SELECT count(*) FROM " + table)[0].as<int64_t>() > 0) throw not_keyed();
        pqxx::result pk = tx.exec(
            "SELECT conname FROM pg_constraint WHERE contype = 'p' AND conrelid = to_regclass(" +
            tx.quote(table) + ")");
        tx.exec("ALTER TABLE " + table + " ADD COLUMN tenant text NOT NULL");
        if (!pk.empty()) {
          tx.exec("ALTER TABLE " + table + " DROP CONSTRAINT " +
                  analyzer::QuoteIdentifier(pk[0][0].as<std::string>()));
        }
        tx.exec("ALTER TABLE " + table + " ADD PRIMARY KEY (tenant, version)");
      }
      tx.commit();
    }
    pqxx::work tx(*conn_);
    if (!shared.Exists(tx)) return true;  // nothing applied to any tenant
    if (!keyed(tx)) throw not_keyed();
    tx.exec("CREATE TEMPORARY VIEW migrations AS SELECT * FROM " + shared.Table(tx) +
            " WHERE tenant = " + tx.quote(t_.tenant) + " WITH CHECK OPTION");
    tx.exec("ALTER VIEW pg_temp.migrations ALTER COLUMN tenant SET DEFAULT " + tx.quote(t_.tenant));
    tx.commit();
    return true;
  }

  // Files the interrupted run finished on this target that are still done
  // (applied for up; gone for rollback): said as skipped.
  void NoteSkipped(bool applied_means_done) {
    if (resume_ == nullptr) return;
    auto it = resume_->applied.find(t_.name);
    std::set<std::string> files;
    if (it != resume_->applied.end()) files.insert(it->second.begin(), it->second.end());
    auto started = resume_->started_files.find(t_.name);
    if (started != resume_->started_files.end()) {
      files.insert(started->second.begin(), started->second.end());
    }
    for (const auto& file : files) {
      bool applied = std::any_of(applied_.begin(), applied_.end(),
                                 [&](const AppliedMigration& row) { return row.name == file; });
      if (applied == applied_means_done) report_.skipped.push_back(file);
    }
  }

  void Fail(const std::string& file, const StepResult& result) {
    report_.failed_file = file;
    report_.failed_at = result.failed_at;
    report_.dirty_after = result.partial;
    if (watchdog_->Expired(slot_)) {
      report_.result = TargetResult::kTimedOut;
      report_.error = fmt::format("timed out after {} ms (--target-timeout) in {}: {}",
                                  policy_.target_timeout.count(), file, Trimmed(result.error));
    } else {
      report_.result = TargetResult::kFailed;
      report_.error =
          fmt::format("{}{}: {}", file, result.failed_at.empty() ? "" : " at " + result.failed_at,
                      Trimmed(result.error));
    }
    report_.error = connection_.Redact(report_.error);
    report_.last_error = report_.error;
  }

  // "another migration run holds the lock on this database (server process
  // 42); gave up after 300 ms (--lock-timeout)"
  std::string LockHeld(const std::string& which, int holder) const {
    return fmt::format(
        "another migration run holds the lock {}{}; gave up after {} ms (--lock-timeout)", which,
        holder > 0 ? fmt::format(" (server process {})", holder) : std::string(),
        policy_.lock_timeout.count());
  }

  // Nothing runs: the plan's refusal, in the words a single-target run
  // prints them, one line joined by "; ".
  void Refuse(const std::vector<std::string>& lines) {
    report_.result = TargetResult::kRefused;
    report_.error.clear();
    for (const auto& line : lines) report_.error += (report_.error.empty() ? "" : "; ") + line;
  }

  bool TimedOutBetweenSteps() {
    if (!watchdog_->Expired(slot_)) return false;
    report_.result = TargetResult::kTimedOut;
    report_.error = fmt::format("timed out after {} ms (--target-timeout); {} done",
                                policy_.target_timeout.count(), report_.done.size());
    return true;
  }

  void Up() {
    NoteSkipped(true);
    UpPlan plan = PlanUp(states_, applied_, request_.up);
    if (plan.Refused()) {
      Refuse(plan.refusal);
      return;
    }
    if (plan.pending.empty()) {
      report_.result = TargetResult::kUpToDate;
      return;
    }
    {
      pqxx::read_transaction tx(*conn_);
      report_.batch = tracking_->NextBatch(tx);
    }
    if (request_.dry_run) {
      for (const MigrationState* s : plan.pending) report_.would.push_back(s->filename);
      report_.result = TargetResult::kDone;
      return;
    }
    // A resumed target keeps the batch the interrupted run gave it, so that
    // `rollback --batch` undoes the whole rollout.
    if (resume_ != nullptr) {
      auto it = resume_->batch.find(t_.name);
      if (it != resume_->batch.end() && it->second == report_.batch - 1) report_.batch = it->second;
    }
    if (log_ != nullptr) log_->TargetStarted(t_.name, report_.batch);
    Runner runner(*conn_, tracking_.get(), nullptr);
    for (const MigrationState* s : plan.pending) {
      if (TimedOutBetweenSteps()) return;
      const parser::MigrationFile& file = *s->file;
      Step step =
          MakeStep(s->version, s->filename, file.path(), file.up.statements, file.up.notransaction);
      std::string start = NowIso();
      if (log_ != nullptr) log_->MigrationStarted(t_.name, s->filename, start);
      StepResult result = runner.Apply(step, TrackingRow(file, report_.batch));
      if (!result.ok) {
        Fail(s->filename, result);
        if (log_ != nullptr) {
          log_->MigrationEnded(t_.name, s->filename, start, "failed", result.ms, report_.error);
        }
        return;
      }
      if (log_ != nullptr)
        log_->MigrationEnded(t_.name, s->filename, start, "applied", result.ms, "");
      report_.done.push_back(s->filename);
    }
    report_.result = TargetResult::kDone;
  }

  void Rollback() {
    NoteSkipped(false);
    RollbackRequest request = request_.rollback;
    if (resume_ != nullptr) {
      // Carry on the interrupted run: what it undid here counts, and a
      // batch it finished is not followed by the next one. What it undid
      // is what NoteSkipped found gone from the tracking table, so a Down
      // that committed just before the kill, with no end line in the log,
      // counts too.
      size_t undone = report_.skipped.size();
      if (request.kind == RollbackRequest::Kind::kCount) {
        if (undone >= request.count) {
          report_.result = TargetResult::kUpToDate;
          return;
        }
        request.count -= undone;
      }
      auto batch = resume_->batch.find(t_.name);
      if (request.kind == RollbackRequest::Kind::kBatch && batch != resume_->batch.end()) {
        int newest = 0;
        for (const auto& row : applied_) newest = std::max(newest, row.batch);
        if (newest != batch->second) {
          report_.result = TargetResult::kUpToDate;
          return;
        }
      }
    }
    RollbackPlan plan = PlanRollback(states_, request);
    if (plan.dirty != nullptr) {
      Refuse(plan.refusal);
      return;
    }
    if (plan.stopped_at != nullptr) {
      report_.note =
          fmt::format("stopped at {} ({}); older migrations stay applied",
                      plan.stopped_at->filename, NoDownReason(*plan.stopped_at, plan.stop_reason));
    }
    if (plan.revert.empty()) {
      report_.result = TargetResult::kUpToDate;
      return;
    }
    for (const auto& row : applied_) {
      if (row.version == plan.revert.front().state->version) report_.batch = row.batch;
    }
    if (request_.dry_run) {
      for (const auto& item : plan.revert) report_.would.push_back(item.state->filename);
      report_.result = TargetResult::kDone;
      return;
    }
    if (log_ != nullptr) log_->TargetStarted(t_.name, report_.batch);
    Runner runner(*conn_, tracking_.get(), nullptr);
    for (const auto& item : plan.revert) {
      if (TimedOutBetweenSteps()) return;
      const MigrationState* s = item.state;
      if (parser::HasErrors(item.down.diagnostics)) {
        report_.result = TargetResult::kFailed;
        report_.failed_file = s->filename;
        report_.error = fmt::format("the stored Down of {} cannot be read", s->filename);
        return;
      }
      Step step = MakeStep(s->version, s->filename, item.down.origin, item.down.statements,
                           item.down.notransaction);
      std::string start = NowIso();
      if (log_ != nullptr) log_->MigrationStarted(t_.name, s->filename, start);
      StepResult result = runner.Revert(step);
      if (!result.ok) {
        Fail(s->filename, result);
        if (log_ != nullptr) {
          log_->MigrationEnded(t_.name, s->filename, start, "failed", result.ms, report_.error);
        }
        return;
      }
      if (log_ != nullptr) {
        log_->MigrationEnded(t_.name, s->filename, start, "rolled-back", result.ms, "");
      }
      report_.done.push_back(s->filename);
    }
    report_.result = TargetResult::kDone;
  }

  const Target& t_;
  const parser::MigrationSet& set_;
  const FleetRequest& request_;
  const FleetPolicy& policy_;
  RunLog* log_;
  const ResumeState* resume_;
  Watchdog* watchdog_;
  ConnectionTarget connection_;
  int slot_ = 0;
  TargetReport report_;
  std::unique_ptr<MigrationLock> lock_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<TrackingTable> tracking_;
  std::vector<AppliedMigration> applied_;
  std::vector<MigrationState> states_;
};

bool CountsAsFailure(TargetResult result) {
  return !Succeeded(result) && result != TargetResult::kNotStarted;
}

}  // namespace

std::vector<TargetReport> RunFleet(const std::vector<Target>& targets,
                                   const parser::MigrationSet& set, const FleetRequest& request,
                                   const FleetPolicy& policy, RunLog* log,
                                   const ResumeState* resume, const FleetEvents& events) {
  std::vector<TargetReport> reports(targets.size());
  for (size_t i = 0; i < targets.size(); ++i) reports[i].name = targets[i].name;
  Watchdog watchdog(policy.target_timeout);
  std::mutex mutex;
  size_t failures = 0;
  bool stopped = false;
  bool writes = request.command != FleetCommand::kStatus && request.command != FleetCommand::kDrift;

  // Works on targets [begin, end) with at most policy.parallel at once.
  auto phase = [&](size_t begin, size_t end) {
    std::atomic<size_t> next{begin};
    auto worker = [&] {
      while (true) {
        size_t i = next.fetch_add(1);
        if (i >= end) return;
        {
          std::lock_guard<std::mutex> lock(mutex);
          if (stopped) continue;  // stays kNotStarted
        }
        const Target& target = targets[i];
        if (writes && resume != nullptr && resume->finished.count(target.name) != 0) {
          reports[i].result = TargetResult::kResumed;
          if (log != nullptr) log->TargetEnded(reports[i], NowIso());
          if (events.finished) events.finished(reports[i]);
          continue;
        }
        if (events.started) events.started(target.name);
        TargetReport report = TargetRun(target, set, request, policy, log, resume, &watchdog).Run();
        {
          std::lock_guard<std::mutex> lock(mutex);
          if (CountsAsFailure(report.result)) {
            ++failures;
            if (policy.max_failures && failures > *policy.max_failures) stopped = true;
          }
        }
        reports[i] = std::move(report);
        if (events.finished) events.finished(reports[i]);
      }
    };
    size_t threads = std::max<size_t>(1, std::min(policy.parallel, end - begin));
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (size_t i = 0; i < threads; ++i) pool.emplace_back(worker);
    for (auto& th : pool) th.join();
  };

  size_t canary = writes ? std::min(policy.canary, targets.size()) : 0;
  if (canary > 0) {
    phase(0, canary);
    bool all_ok = std::all_of(reports.begin(), reports.begin() + static_cast<long>(canary),
                              [](const TargetReport& r) { return Succeeded(r.result); });
    if (!all_ok) return reports;  // the rest stay kNotStarted
  }
  if (canary < targets.size()) phase(canary, targets.size());
  return reports;
}

}  // namespace tidemark::exec
