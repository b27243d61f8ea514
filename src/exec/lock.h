#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <string>

#include "exec/connection.h"

namespace tidemark::exec {

// The advisory-lock key of the migrations tracked in `schema` (one lock per
// database and tracking schema).
int64_t MigrationLockKey(const std::string& schema);

// A session-level advisory lock held on a connection of its own. That
// connection stays idle (never inside a transaction) while the lock is
// held, and waiting is done by polling pg_try_advisory_lock with short
// statements: a tidemark waiting for the lock never holds a snapshot, so
// CREATE INDEX CONCURRENTLY run by the holder never waits for the waiter.
class MigrationLock {
 public:
  // nullopt when the lock stayed taken for `timeout`; `holder_pid` then
  // names the backend holding it, when visible.
  static std::unique_ptr<MigrationLock> Acquire(const ConnectionTarget& target,
                                                const std::string& schema,
                                                std::chrono::milliseconds timeout,
                                                int* holder_pid = nullptr);
  ~MigrationLock();  // unlocks (and closes the connection)
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;

 private:
  MigrationLock() = default;
  std::unique_ptr<pqxx::connection> conn_;
  int64_t key_ = 0;
};

// "10s", "500ms", "2m", "1h", "30d", "0" -> duration; nullopt when malformed.
std::optional<std::chrono::milliseconds> ParseDuration(const std::string& text);

}  // namespace tidemark::exec
