#include "exec/lock.h"

#include <algorithm>
#include <cctype>
#include <thread>

namespace tidemark::exec {

int64_t MigrationLockKey(const std::string& schema) {
  // FNV-1a over a fixed prefix and the schema: stable across releases.
  uint64_t hash = 1469598103934665603ull;
  for (char c : "tidemark.migrations:" + schema) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return static_cast<int64_t>(hash);
}

std::unique_ptr<MigrationLock> MigrationLock::Acquire(const ConnectionTarget& target,
                                                      const std::string& schema,
                                                      std::chrono::milliseconds timeout,
                                                      int* holder_pid) {
  std::unique_ptr<MigrationLock> lock(new MigrationLock());
  lock->conn_ = Connect(target);
  lock->key_ = MigrationLockKey(schema);
  const std::string key = std::to_string(lock->key_);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(20);
  while (true) {
    {
      pqxx::nontransaction tx(*lock->conn_);
      if (tx.exec1("SELECT pg_try_advisory_lock(" + key + ")")[0].as<bool>()) return lock;
    }
    if (std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(200));
  }
  if (holder_pid != nullptr) {
    *holder_pid = 0;
    pqxx::nontransaction tx(*lock->conn_);
    // A bigint key shows as classid (high half) and objid (low half).
    pqxx::result r = tx.exec(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND ((classid::bigint << 32) | objid::bigint) = " +
        key + " LIMIT 1");
    if (!r.empty()) *holder_pid = r[0][0].as<int>();
  }
  return nullptr;
}

MigrationLock::~MigrationLock() {
  try {
    if (conn_ && conn_->is_open()) {
      pqxx::nontransaction tx(*conn_);
      tx.exec("SELECT pg_advisory_unlock(" + std::to_string(key_) + ")");
    }
  } catch (...) {
    // The session ends with the connection, and the lock with it.
  }
}

std::optional<std::chrono::milliseconds> ParseDuration(const std::string& text) {
  if (text.empty()) return std::nullopt;
  size_t digits = 0;
  while (digits < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[digits])) != 0 || text[digits] == '.')) {
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  double value = 0;
  try {
    value = std::stod(text.substr(0, digits));
  } catch (...) {
    return std::nullopt;
  }
  std::string unit = text.substr(digits);
  double ms = 0;
  if (unit == "ms") {
    ms = value;
  } else if (unit == "s" || unit.empty()) {
    ms = value * 1000;
  } else if (unit == "m" || unit == "min") {
    ms = value * 60000;
  } else if (unit == "h") {
    ms = value * 3600000;
  } else if (unit == "d") {
    ms = value * 86400000;
  } else {
    return std::nullopt;
  }
  return std::chrono::milliseconds(static_cast<int64_t>(ms));
}

}  // namespace tidemark::exec
