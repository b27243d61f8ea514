#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <pqxx/pqxx>
#include <string>
#include <thread>
#include <vector>

#include "support/scratch_db.h"
#include "support/tidemark_process.h"

namespace tidemark::exec {

// A fresh database and migrations directory per test, and the real binary.
class ExecutorTest : public testing::ScratchDbTest {
 protected:
  using Env = std::vector<std::pair<std::string, std::string>>;

  std::vector<std::string> Args(std::vector<std::string> args) const {
    std::vector<std::string> full = {"--dir", dir_.path().string(), "--database-url", Url()};
    full.insert(full.end(), args.begin(), args.end());
    return full;
  }
  testing::ProcessResult Tidemark(std::vector<std::string> args, const Env& env = {}) {
    return testing::RunTidemark(Args(std::move(args)), env);
  }
  void Write(const std::string& name, const std::string& text) { dir_.Write(name, text); }

  void Exec(const std::string& sql) {
    pqxx::connection conn(ConnectionString());
    pqxx::nontransaction tx(conn);
    tx.exec(sql);
  }
  // First column of the first row, "NULL" for null, "" for no row.
  std::string Query(const std::string& sql) {
    pqxx::connection conn(ConnectionString());
    pqxx::nontransaction tx(conn);
    pqxx::result r = tx.exec(sql);
    if (r.empty()) return "";
    return r[0][0].is_null() ? "NULL" : r[0][0].as<std::string>();
  }
  bool TableExists(const std::string& name) {
    return Query("SELECT to_regclass('" + name + "') IS NOT NULL") == "t";
  }
  std::string TrackedVersions() {
    return Query(
        "SELECT coalesce(string_agg(version, ',' ORDER BY id), '') FROM tidemark.migrations");
  }
  // Polls until `condition` holds; fails the test after a generous deadline
  // (a wait for an event, not a timing assertion).
  void WaitFor(const std::function<bool()>& condition, const std::string& what) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!condition()) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "gave up waiting for " << what;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  // True while some backend runs a statement containing `text` in this
  // test's database (the cluster may be shared with tests running in parallel).
  bool Running(const std::string& text) {
    return Query(
               "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND datname = "
               "current_database() AND query LIKE $q$%" +
               text + "%$q$ AND pid <> pg_backend_pid()") != "0";
  }

  testing::TempDir dir_;
};

inline std::string Lines(const std::string& text) { return "\n" + text; }

}  // namespace tidemark::exec
