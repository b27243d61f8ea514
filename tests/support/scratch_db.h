#pragma once

// Shared PostgreSQL for tests: one scratch cluster per test binary, started
// the first time a test asks for it and stopped when the binary exits (or
// the one named by TIDEMARK_TEST_SOCKET_DIR), and a fresh database per test.
//
//   class MyTest : public tidemark::testing::ScratchDbTest {};
//   TEST_F(MyTest, Works) { pqxx::connection c(ConnectionString()); ... }
//
// or, without the fixture:
//   auto db = tidemark::testing::ScratchDatabase::Create();

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>

#include "exec/scratch_postgres.h"

namespace tidemark::testing {

// The binary's one cluster, started lazily. Throws if it cannot start.
inline exec::ScratchPostgres& SharedCluster() {
  static std::mutex mutex;
  static std::unique_ptr<exec::ScratchPostgres> cluster;
  std::lock_guard<std::mutex> lock(mutex);
  if (!cluster) {
    // A CTest run shares one cluster (tests/test_cluster.sh) named by this
    // variable; run directly, a binary starts its own.
    const char* shared = std::getenv("TIDEMARK_TEST_SOCKET_DIR");
    cluster = shared != nullptr && *shared != '\0' ? exec::ScratchPostgres::Attach(shared)
                                                   : exec::ScratchPostgres::Start();
  }
  return *cluster;
}

// A database of the shared cluster, dropped when the object dies.
class ScratchDatabase {
 public:
  static std::unique_ptr<ScratchDatabase> Create(const std::string& prefix = "test") {
    exec::ScratchPostgres& cluster = SharedCluster();
    return std::unique_ptr<ScratchDatabase>(
        new ScratchDatabase(&cluster, cluster.CreateDatabase(prefix)));
  }
  ~ScratchDatabase() {
    try {
      cluster_->DropDatabase(name_);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "scratch_db: cannot drop %s: %s\n", name_.c_str(), e.what());
    }
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  const std::string& name() const { return name_; }
  std::string ConnectionString() const { return cluster_->ConnectionString(name_); }
  std::string Url() const { return cluster_->Url(name_); }
  exec::ScratchPostgres& cluster() const { return *cluster_; }

 private:
  ScratchDatabase(exec::ScratchPostgres* cluster, std::string name)
      : cluster_(cluster), name_(std::move(name)) {}
  exec::ScratchPostgres* cluster_;
  std::string name_;
};

// Fixture: a fresh database for every test.
class ScratchDbTest : public ::testing::Test {
 protected:
  void SetUp() override { db_ = ScratchDatabase::Create(); }
  void TearDown() override { db_.reset(); }

  const std::string& DatabaseName() const { return db_->name(); }
  std::string ConnectionString() const { return db_->ConnectionString(); }
  std::string Url() const { return db_->Url(); }
  exec::ScratchPostgres& Cluster() const { return db_->cluster(); }

  std::unique_ptr<ScratchDatabase> db_;
};

}  // namespace tidemark::testing
