// Fleets on real PostgreSQL: three clusters of 40 databases (120 targets)
// and a database of 50 tenant schemas, driven through the binary. The
// clusters are shared by every case; each case keeps its own tracking
// schema (--schema) and table names, so cases never see each other's
// migrations, and runs over the targets it selects.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <thread>

#include "exec/lock.h"
#include "exec/scratch_postgres.h"
#include "exec/targets.h"
#include "support/tidemark_process.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr int kClusters = 3;
constexpr int kDatabases = 40;
constexpr int kSchemas = 50;

std::string Db(int i) { return fmt::format("d{:02d}", i); }

class FleetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // One at a time: started concurrently, one was seen refusing
    // connections as "shutting down" during set-up.
    clusters_.resize(kClusters);
    for (int c = 0; c < kClusters; ++c) clusters_[c] = ScratchPostgres::Start();
    // CREATE DATABASE on the three clusters at once.
    std::vector<std::thread> threads;
    threads.reserve(kClusters);
    for (int c = 0; c < kClusters; ++c) {
      threads.emplace_back([c] {
        pqxx::connection conn(clusters_[c]->ConnectionString("postgres"));
        for (int i = 1; i <= kDatabases; ++i) {
          pqxx::nontransaction tx(conn);
          tx.exec("CREATE DATABASE " + Db(i));
        }
        if (c == 0) {
          pqxx::nontransaction tx(conn);
          tx.exec("CREATE DATABASE tenants");
        }
      });
    }
    for (auto& t : threads) t.join();
    pqxx::connection conn(clusters_[0]->ConnectionString("tenants"));
    pqxx::nontransaction tx(conn);
    for (int i = 1; i <= kSchemas; ++i) tx.exec(fmt::format("CREATE SCHEMA tenant_{:02d}", i));
    tx.exec("CREATE SCHEMA other");  // matches no pattern
  }
  static void TearDownTestSuite() { clusters_.clear(); }

  // c1, c2, c3 (every database dNN of the cluster), plus `extra` entries.
  std::string TargetsFile(const std::string& extra = "", bool tenants = false) {
    std::string text = "targets:\n";
    for (int c = 0; c < kClusters; ++c) {
      text += fmt::format("  - name: c{}\n    url: \"{}\"\n    databases: \"d*\"\n    group: dbs\n",
                          c + 1, clusters_[c]->ConnectionString("postgres"));
    }
    if (tenants) {
      text += fmt::format("  - name: t\n    url: \"{}\"\n    schemas: \"tenant_*\"\n",
                          clusters_[0]->ConnectionString("tenants"));
    }
    text += extra;
    return dir_.Write("targets.yml", text).string();
  }
  // Migrations 0001..00NN in folder `name`: 0001 creates <p>_log, each one
  // inserts its version there and creates table <p>_mNN; `body` adds SQL.
  std::string Migrations(const std::string& name, const std::string& p, int count,
                         const std::map<int, std::string>& body = {}) {
    for (int i = 1; i <= count; ++i) {
      std::string up = i == 1 ? fmt::format("CREATE TABLE {}_log (v text);\n", p) : "";
      up += fmt::format(
          "CREATE TABLE {}_m{:02d} (id int);\nINSERT INTO {}_log VALUES ('{:04d}');\n", p, i, p, i);
      if (body.count(i) != 0) up += body.at(i) + "\n";
      std::string down = fmt::format("DROP TABLE {}_m{:02d};\n", p, i);
      if (i == 1)
        down += fmt::format("DROP TABLE {}_log;\n", p);
      else
        down += fmt::format("DELETE FROM {}_log WHERE v = '{:04d}';\n", p, i);
      std::string text = "-- +migrate Up\n";
      text += up;
      text += "-- +migrate Down\n";
      text += down;
      dir_.Write(fmt::format("{}/{:04d}_m{:02d}.sql", name, i, i), text);
    }
    return (dir_.path() / name).string();
  }
  testing::ProcessResult Run(const std::vector<std::string>& args) {
    return testing::RunTidemark(args);
  }
  static std::string Query(int cluster, const std::string& db, const std::string& sql) {
    pqxx::connection conn(clusters_[cluster]->ConnectionString(db));
    pqxx::nontransaction tx(conn);
    pqxx::result r = tx.exec(sql);
    if (r.empty()) return "";
    return r[0][0].is_null() ? "NULL" : r[0][0].as<std::string>();
  }
  // "versions|distinct|batches" of a target's own log and tracking table.
  static std::string Applied(int cluster, const std::string& db, const std::string& p,
                             const std::string& schema) {
    return Query(
        cluster, db,
        fmt::format("SELECT (SELECT count(*) FROM {0}_log) || '|' || (SELECT count(DISTINCT "
                    "v) FROM {0}_log) || '|' || (SELECT count(*) FROM {1}.migrations) || "
                    "'|' || (SELECT count(DISTINCT batch) FROM {1}.migrations)",
                    p, schema));
  }
  static nlohmann::json Json(const testing::ProcessResult& r) {
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.out << r.err;
    return j;
  }
  static std::map<std::string, nlohmann::json> ByTarget(const nlohmann::json& j) {
    std::map<std::string, nlohmann::json> out;
    for (const auto& t : j["targets"]) out[t["target"].get<std::string>()] = t;
    return out;
  }

  static std::vector<std::unique_ptr<ScratchPostgres>> clusters_;
  testing::TempDir dir_;
};

std::vector<std::unique_ptr<ScratchPostgres>> FleetTest::clusters_;

// 120 databases and 50 tenant schemas get 20 migrations with --parallel 8;
// fleet status agrees with every target's own `migrate status`; a second
// rollout's batch is rolled back over the fleet.
TEST_F(FleetTest, RolloutStatusAndBatchRollback) {
  std::string dir = Migrations("a", "a", 20);
  std::string targets = TargetsFile("", true);
  auto up = Run({"--dir", dir, "--schema", "case_a", "migrate", "up", "--targets", targets,
                 "--parallel", "8"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  EXPECT_THAT(up.out, HasSubstr("c2/d17: applied 20 migrations (batch 1"));
  EXPECT_THAT(up.out, HasSubstr("t/tenant_50: applied 20 migrations (batch 1"));
  EXPECT_THAT(up.out, HasSubstr("170 targets: 170 done"));
  EXPECT_THAT(up.out, HasSubstr("170 at 0020 (latest)"));
  EXPECT_THAT(up.out, Not(HasSubstr("t/other")));
  for (int c = 0; c < kClusters; ++c) {
    for (int i = 1; i <= kDatabases; ++i) {
      ASSERT_EQ(Applied(c, Db(i), "a", "case_a"), "20|20|20|1") << c << Db(i);
    }
  }
  // Tenant schemas: tables and tracking table in the tenant's own schema.
  for (int i = 1; i <= kSchemas; ++i) {
    std::string s = fmt::format("tenant_{:02d}", i);
    ASSERT_EQ(Query(0, "tenants",
                    fmt::format("SELECT (SELECT count(*) FROM {0}.a_log) || '|' || (SELECT "
                                "count(*) FROM {0}.migrations) || '|' || (to_regclass('{0}.a_m20') "
                                "IS NOT NULL)",
                                s)),
              "20|20|true");
  }
  EXPECT_EQ(Query(0, "tenants", "SELECT to_regclass('public.a_log') IS NULL"), "t");

  // Fleet status: one row per target, each the same as the target's own status.
  std::string more = Migrations("a", "a", 22);  // 0021 and 0022 pending everywhere
  auto status = Run({"--dir", more, "--schema", "case_a", "--format", "json", "migrate", "status",
                     "--targets", targets, "--exit-code"});
  EXPECT_EQ(status.exit_code, 5) << status.err;
  auto fleet = ByTarget(Json(status));
  ASSERT_EQ(fleet.size(), 170u);
  for (int c = 0; c < kClusters; ++c) {
    for (int i = 1; i <= kDatabases; i += 3) {
      auto own = Run({"--dir", more, "--schema", "case_a", "--format", "json", "--database-url",
                      clusters_[c]->ConnectionString(Db(i)), "migrate", "status"});
      ASSERT_EQ(own.exit_code, 0) << own.err;
      size_t applied = 0, pending = 0;
      std::string newest;
      nlohmann::json own_json = Json(own);
      for (const auto& m : own_json["migrations"]) {
        if (m["status"] == "applied") {
          ++applied;
          newest = m["version"];
        }
        if (m["status"] == "pending") ++pending;
      }
      const auto& row = fleet[fmt::format("c{}/{}", c + 1, Db(i))];
      EXPECT_EQ(row["applied"], applied);
      EXPECT_EQ(row["pending"], pending);
      EXPECT_EQ(row["version"], newest);
      EXPECT_EQ(row["dirty"], false);
    }
  }
  auto human = Run({"--dir", more, "--schema", "case_a", "migrate", "status", "--targets", targets,
                    "--target", "c3"});
  EXPECT_EQ(human.exit_code, 0);
  EXPECT_THAT(human.out, ::testing::ContainsRegex("TARGET +VERSION +PENDING +DIRTY +LAST ERROR"));
  EXPECT_THAT(human.out, ::testing::ContainsRegex("c3/d40 +0020 +2 +no"));
  EXPECT_THAT(human.out, Not(HasSubstr("c1/d01")));
  EXPECT_THAT(human.out, HasSubstr("40 at 0020"));

  // Batch 2 on cluster 2 only, then rolled back over the fleet.
  auto second = Run({"--dir", more, "--schema", "case_a", "migrate", "up", "--targets", targets,
                     "--target", "c2"});
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_THAT(second.out, HasSubstr("c2/d01: applied 2 migrations (batch 2"));
  auto rollback = Run({"--dir", more, "--schema", "case_a", "migrate", "rollback", "--batch",
                       "--targets", targets, "--target", "c2", "--parallel", "8"});
  ASSERT_EQ(rollback.exit_code, 0) << rollback.out << rollback.err;
  EXPECT_THAT(rollback.out, HasSubstr("c2/d05: rolled back 2 migrations (batch 2"));
  EXPECT_THAT(rollback.out, HasSubstr("40 targets: 40 done"));
  EXPECT_THAT(rollback.out, HasSubstr("40 at 0020"));
  for (int i = 1; i <= kDatabases; ++i) {
    ASSERT_EQ(Applied(1, Db(i), "a", "case_a"), "20|20|20|1") << Db(i);
  }
  EXPECT_EQ(Applied(0, Db(1), "a", "case_a"), "20|20|20|1");  // other clusters untouched
}

// A migration failing on one target half way: the others finish; under
// --max-failures 0 no target starts after it; under --canary the rest wait
// for the canaries.
TEST_F(FleetTest, FailureHalfWayAndThePolicies) {
  // 0004 fails on d07 only; 0001..0003 stay applied there.
  std::map<int, std::string> body = {
      {4,
       "DO $$ BEGIN IF current_database() = 'd07' THEN RAISE EXCEPTION 'boom on %', "
       "current_database(); END IF; END $$;"}};
  std::string dir = Migrations("b", "b", 6, body);
  std::string targets = TargetsFile();
  std::string log = (dir_.path() / "b.log").string();
  auto up = Run({"--dir", dir, "--schema", "case_b", "migrate", "up", "--targets", targets,
                 "--target", "c2", "--parallel", "8", "--run-log", log});
  EXPECT_EQ(up.exit_code, 1);
  EXPECT_THAT(up.out, HasSubstr("c2/d07: failed: 0004_m04.sql at "));
  EXPECT_THAT(up.out, HasSubstr("boom on d07"));
  EXPECT_THAT(up.out, HasSubstr("(applied before it: 3 migrations)"));
  EXPECT_THAT(up.out, HasSubstr("40 targets: 39 done, 1 failed"));
  EXPECT_THAT(up.out, HasSubstr("39 at 0006 (latest), 1 at 0003 (failed: c2/d07)"));
  EXPECT_EQ(Applied(1, "d07", "b", "case_b"), "3|3|3|1");
  EXPECT_EQ(Query(1, "d07", "SELECT to_regclass('b_m04') IS NULL"), "t");
  for (int i = 1; i <= kDatabases; ++i) {
    if (i != 7) ASSERT_EQ(Applied(1, Db(i), "b", "case_b"), "6|6|6|1") << Db(i);
  }
  // Status names the failure from the run log only when given one; the
  // tracking table of d07 holds no trace of a rolled-back migration.
  auto status = Run({"--dir", dir, "--schema", "case_b", "migrate", "status", "--targets", targets,
                     "--target", "c2", "--exit-code"});
  EXPECT_EQ(status.exit_code, 5);
  EXPECT_THAT(status.out, ::testing::ContainsRegex("c2/d07 +0003 +3 +no *\n"));
  EXPECT_THAT(status.out, HasSubstr("39 at 0006 (latest), 1 at 0003"));
  auto logged = Run({"--dir", dir, "--schema", "case_b", "migrate", "status", "--targets", targets,
                     "--target", "c2", "--run-log", log});
  EXPECT_EQ(logged.exit_code, 0);
  EXPECT_THAT(logged.out,
              ::testing::ContainsRegex("c2/d07 +0003 +3 +no +0004_m04.sql at .*boom on d07"));
  EXPECT_THAT(logged.out, ::testing::ContainsRegex("c2/d08 +0006 +0 +no *\n"));

  // --max-failures 0, one target at a time: d07 fails, nothing starts after it.
  dir = Migrations("b2", "b2", 6, body);
  auto strict = Run({"--dir", dir, "--schema", "case_b2", "migrate", "up", "--targets", targets,
                     "--target", "c2", "--parallel", "1", "--max-failures", "0"});
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_THAT(strict.out, HasSubstr("c2/d06: applied 6 migrations"));
  EXPECT_THAT(strict.out, HasSubstr("c2/d07: failed: 0004_m04.sql"));
  EXPECT_THAT(strict.out, Not(HasSubstr("c2/d08:")));
  EXPECT_THAT(strict.out, HasSubstr("6 done, 1 failed, 33 not-started"));
  EXPECT_THAT(strict.out, HasSubstr("not started (--max-failures stopped the rollout): c2/d08, "
                                    "c2/d09"));
  EXPECT_EQ(Query(1, "d08", "SELECT to_regclass('case_b2.migrations') IS NULL"), "t");

  // --canary 8: d07 is among the first 8, so the other 32 never start.
  dir = Migrations("b3", "b3", 6, body);
  auto canary = Run({"--dir", dir, "--schema", "case_b3", "--format", "json", "migrate", "up",
                     "--targets", targets, "--target", "c2", "--canary", "8", "--parallel", "4"});
  EXPECT_EQ(canary.exit_code, 1);
  auto j = Json(canary);
  EXPECT_EQ(j["results"]["done"], 7);
  EXPECT_EQ(j["results"]["failed"], 1);
  EXPECT_EQ(j["results"]["not-started"], 32);
  auto rows = ByTarget(j);
  EXPECT_EQ(rows["c2/d07"]["failed"]["file"], "0004_m04.sql");
  EXPECT_EQ(rows["c2/d09"]["result"], "not-started");
  EXPECT_EQ(rows["c2/d08"]["result"], "done");
}

// An unreachable target, a target whose lock is held and a target past
// --target-timeout are reported; the others finish.
TEST_F(FleetTest, UnreachableLockedAndTimedOutTargets) {
  std::map<int, std::string> body = {
      {2, "DO $$ BEGIN IF current_database() = 'd09' THEN PERFORM pg_sleep(60); END IF; END $$;"}};
  std::string dir = Migrations("c", "c", 3, body);
  std::string targets = TargetsFile(
      "  - name: gone\n    url: \"host=/nonexistent-socket-dir port=5999 dbname=x user=postgres\"\n"
      "  - name: secret\n    url: \"" +
      clusters_[2]->ConnectionString("d01") + "\"\n    password_env: TIDEMARK_TEST_UNSET_PW\n");
  auto holder = std::make_unique<pqxx::connection>(clusters_[2]->ConnectionString("d05"));
  {
    pqxx::nontransaction tx(*holder);
    tx.exec("SELECT pg_advisory_lock(" + std::to_string(MigrationLockKey("case_c")) + ")");
  }
  auto up = Run({"--dir",          dir,     "--schema",         "case_c",
                 "--lock-timeout", "300ms", "migrate",          "up",
                 "--targets",      targets, "--target",         "c3",
                 "--target",       "gone",  "--target",         "secret",
                 "--parallel",     "8",     "--target-timeout", "2s"});
  EXPECT_EQ(up.exit_code, 1);
  EXPECT_THAT(up.out, HasSubstr("gone: unreachable: cannot connect"));
  EXPECT_THAT(up.out, HasSubstr("secret: unreachable: password_env TIDEMARK_TEST_UNSET_PW is not "
                                "set"));
  EXPECT_THAT(up.out, HasSubstr("c3/d05: locked: another migration run holds the lock"));
  EXPECT_THAT(up.out, HasSubstr("c3/d09: timed-out: timed out after 2000 ms (--target-timeout) in "
                                "0002_m02.sql"));
  EXPECT_THAT(up.out, HasSubstr("38 done"));
  EXPECT_EQ(Applied(2, "d09", "c", "case_c"), "1|1|1|1");
  EXPECT_EQ(Query(2, "d05", "SELECT to_regclass('case_c.migrations') IS NULL"), "t");
  EXPECT_EQ(Applied(2, "d06", "c", "case_c"), "3|3|3|1");

  // Status: an unreachable target is exit 1, with or without --exit-code.
  auto status = Run({"--dir", dir, "--schema", "case_c", "migrate", "status", "--targets", targets,
                     "--target", "c3", "--target", "gone"});
  EXPECT_EQ(status.exit_code, 1);
  EXPECT_THAT(status.out, ::testing::ContainsRegex("gone +\\? +\\? +\\? +cannot connect"));
  EXPECT_THAT(status.out, HasSubstr("1 unreachable (gone)"));

  // `targets:` in the config runs over the fleet; a database URL given runs on one.
  std::string config = dir_.Write("fleet.yml", "targets: " + targets + "\n").string();
  auto from_config = Run({"--dir", dir, "--schema", "case_c", "--config", config, "--format",
                          "json", "migrate", "status", "--target", "c3"});
  EXPECT_EQ(from_config.exit_code, 0) << from_config.err;
  EXPECT_EQ(Json(from_config)["targets"].size(), 40u);
  auto one = Run({"--dir", dir, "--schema", "case_c", "--config", config, "--database-url",
                  clusters_[2]->ConnectionString("d06"), "migrate", "status"});
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_THAT(one.out, ::testing::ContainsRegex("applied +0003_m03.sql"));

  // With the lock free, the locked target catches up; the others are up to date.
  holder.reset();
  auto again = Run({"--dir", dir, "--schema", "case_c", "--lock-timeout", "300ms", "migrate", "up",
                    "--targets", targets, "--target", "c3", "--target-timeout", "2s"});
  EXPECT_EQ(again.exit_code, 1);  // d09 still times out
  EXPECT_THAT(again.out, HasSubstr("c3/d05: applied 3 migrations"));
  EXPECT_THAT(again.out, HasSubstr("c3/d06: up to date"));
  EXPECT_EQ(Applied(2, "d05", "c", "case_c"), "3|3|3|1");
}

// kill -9 in the middle of a rollout; the resumed run says what it skips
// and every migration is applied exactly once per target, in one batch.
TEST_F(FleetTest, KilledRunResumesAndAppliesEachMigrationOnce) {
  std::map<int, std::string> body;
  for (int i = 1; i <= 20; ++i) body[i] = "SELECT pg_sleep(0.02);";
  std::string dir = Migrations("d", "d", 20, body);
  std::string targets = TargetsFile();
  std::string log = (dir_.path() / "run.log").string();
  std::vector<std::string> args = {"--dir",      dir,         "--schema",  "case_d",   "migrate",
                                   "up",         "--targets", targets,     "--target", "c1",
                                   "--parallel", "4",         "--run-log", log};
  {
    testing::TidemarkProcess run(args);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    size_t applied = 0;
    while (applied < 150) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the run never got far";
      ASSERT_TRUE(run.Running()) << run.Wait().out;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      std::string text = testing::ReadWholeFile(log);
      applied = 0;
      for (size_t p = 0; (p = text.find("\"result\":\"applied\"", p)) != std::string::npos; ++p) {
        ++applied;
      }
    }
    run.Kill9();
    EXPECT_EQ(run.Wait().exit_code, 128 + 9);
  }
  std::string before = testing::ReadWholeFile(log);
  EXPECT_THAT(before, Not(HasSubstr("run-end")));
  auto resumed = testing::RunTidemark(args);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.out << resumed.err;
  EXPECT_THAT(resumed.out, ::testing::ContainsRegex("resuming run [0-9TZ-]+ \\(started "));
  EXPECT_THAT(resumed.out, HasSubstr("skip c1/d01: finished in the interrupted run"));
  EXPECT_THAT(resumed.out,
              ::testing::ContainsRegex("skip c1/d[0-9]+ 00[0-9]+_m[0-9]+\\.sql: applied by the "
                                       "interrupted run \\(its tracking table agrees\\)"));
  for (int i = 1; i <= kDatabases; ++i) {
    ASSERT_EQ(Applied(0, Db(i), "d", "case_d"), "20|20|20|1") << Db(i);
  }
  // The log now ends the resumed run; a third run has nothing to resume.
  auto third = testing::RunTidemark(args);
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_THAT(third.out, Not(HasSubstr("resuming")));
  EXPECT_THAT(third.out, HasSubstr("40 up-to-date"));
  std::ifstream in(log);
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    ASSERT_TRUE(j.contains("run"));
  }
}

// A dirty target is refused as a single `migrate up` refuses it, and fleet
// status says so (exit 3); a fleet rollback stops, per target, at a
// migration without Down SQL.
TEST_F(FleetTest, DirtyTargetsAreRefusedAndRollbackStopsWithoutDown) {
  std::string dir = (dir_.path() / "e").string();
  dir_.Write("e/0001_e1.sql", "CREATE TABLE e1 (id int);\n");  // no Down
  dir_.Write("e/0002_e2.sql",
             "-- +migrate Up\nCREATE TABLE e2 (id int);\n"
             "-- +migrate Down\nDROP TABLE e2;\n");
  std::string targets = TargetsFile();
  std::vector<std::string> base = {"--dir", dir, "--schema", "case_e"};
  auto args = [&](std::vector<std::string> more) {
    std::vector<std::string> all = base;
    all.insert(all.end(), more.begin(), more.end());
    all.insert(all.end(), {"--targets", targets, "--target", "c1/d0?"});
    return all;
  };
  auto up = Run(args({"migrate", "up"}));
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  EXPECT_THAT(up.out, HasSubstr("9 targets: 9 done"));

  Query(0, "d03",
        "UPDATE case_e.migrations SET dirty = true, error = 'cut off' WHERE version = '0002'");
  dir_.Write("e/0003_e3.sql",
             "-- +migrate Up\nCREATE TABLE e3 (id int);\n"
             "-- +migrate Down\nDROP TABLE e3;\n");
  auto refused = Run(args({"migrate", "up"}));
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_THAT(refused.out, HasSubstr("c1/d03: refused: 0002_e2.sql is dirty: cut off"));
  EXPECT_THAT(refused.out, HasSubstr("c1/d04: applied 1 migration"));
  EXPECT_EQ(Query(0, "d03", "SELECT to_regclass('e3') IS NULL"), "t");
  auto status = Run(args({"migrate", "status", "--exit-code"}));
  EXPECT_EQ(status.exit_code, 3);
  EXPECT_THAT(status.out, ::testing::ContainsRegex("c1/d03 +0002 +1 +yes +cut off"));
  EXPECT_THAT(status.out, HasSubstr("8 at 0003 (latest), 1 at 0002 (failed: c1/d03)"));

  // Still refused on the dirty target (exit 3); the others undo 0003 and
  // 0002 and stop at 0001, which has no Down.
  auto rollback = Run(args({"migrate", "rollback", "3"}));
  EXPECT_EQ(rollback.exit_code, 3) << rollback.out << rollback.err;
  EXPECT_THAT(rollback.out, HasSubstr("c1/d03: refused: 0002_e2.sql is dirty"));
  EXPECT_THAT(rollback.out, HasSubstr("c1/d05: rolled back 2 migrations (batch 2, "));
  EXPECT_THAT(rollback.out, HasSubstr("stopped at 0001_e1.sql (it has no Down section and no "
                                      "_undo.sql); older migrations stay applied"));
  EXPECT_EQ(Query(0, "d05", "SELECT string_agg(version, ',') FROM case_e.migrations"), "0001");
  EXPECT_THAT(rollback.out, HasSubstr("1 at 0002 (failed: c1/d03), 8 at 0001"));
}

// kill -9 in the middle of a fleet `rollback --batch`: the resumed run
// finishes that batch on every target and never goes on to the batch
// before it.
TEST_F(FleetTest, KilledRollbackResumesWithoutUndoingMore) {
  for (int i = 1; i <= 10; ++i) {
    dir_.Write(fmt::format("f/{:04d}_f{}.sql", i, i),
               fmt::format("-- +migrate Up\nCREATE TABLE f{0} (id int);\n-- +migrate Down\n"
                           "SELECT pg_sleep(0.03);\nDROP TABLE f{0};\n",
                           i));
  }
  std::string dir = (dir_.path() / "f").string();
  std::string targets = TargetsFile();
  std::vector<std::string> common = {"--dir",     dir,     "--schema", "case_f", "migrate",    "up",
                                     "--targets", targets, "--target", "c3",     "--parallel", "8"};
  auto first = common;
  first.insert(first.end(), {"--to", "0005"});
  ASSERT_EQ(Run(first).exit_code, 0);
  ASSERT_EQ(Run(common).exit_code, 0);  // batch 2: 0006..0010
  std::string log = (dir_.path() / "rollback.log").string();
  std::vector<std::string> args = {"--dir",    dir,          "--schema",  "case_f",    "migrate",
                                   "rollback", "--batch",    "--targets", targets,     "--target",
                                   "c3",       "--parallel", "4",         "--run-log", log};
  {
    testing::TidemarkProcess run(args);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    size_t undone = 0;
    while (undone < 60) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the run never got far";
      ASSERT_TRUE(run.Running()) << run.Wait().out;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      std::string text = testing::ReadWholeFile(log);
      undone = 0;
      for (size_t p = 0; (p = text.find("\"result\":\"rolled-back\"", p)) != std::string::npos;
           ++p) {
        ++undone;
      }
    }
    run.Kill9();
    run.Wait();
  }
  auto resumed = testing::RunTidemark(args);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.out << resumed.err;
  EXPECT_THAT(resumed.out, HasSubstr("resuming run "));
  EXPECT_THAT(resumed.out, HasSubstr("skip c3/d01: finished in the interrupted run"));
  for (int i = 1; i <= kDatabases; ++i) {
    ASSERT_EQ(Query(2, Db(i),
                    "SELECT string_agg(version, ',' ORDER BY version) || '|' || "
                    "(to_regclass('f5') IS NOT NULL) || '|' || (to_regclass('f6') IS NULL) FROM "
                    "case_f.migrations"),
              "0001,0002,0003,0004,0005|true|true")
        << Db(i);
  }
}

// Bad targets files are refused with file:line:col.
TEST(TargetsFileTest, ErrorsCarryPositions) {
  testing::TempDir dir;
  auto error_of = [&](const std::string& text) {
    std::string path = dir.Write("t.yml", text).string();
    try {
      LoadTargetsFile(path);
    } catch (const TargetsError& e) {
      return e.message.substr(path.size());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of("targets:\n  - name: a\n    url: host=x\n    grup: g\n"),
            ":4:5: unknown key \"grup\" (known: name, url, group, password_env, databases, "
            "schemas)");
  EXPECT_EQ(error_of("targets:\n  - name: a\n"),
            ":2:5: target a has no `url` (a postgresql:// URL or a libpq key=value string)");
  EXPECT_EQ(error_of("targets:\n  - name: a\n    url: host=x\n  - name: a\n    url: host=y\n"),
            ":4:11: target name a is taken (first at " + dir.path().string() + "/t.yml:2:5)");
  EXPECT_EQ(error_of("targets:\n  - url: host=x\n"), ":2:5: the target has no `name`");
  EXPECT_EQ(error_of("targets:\n  - name: a\n    url: host=x\n    databases: x\n    schemas: y\n"),
            ":5:14: target a has both `databases` and `schemas`; give one (write two entries)");
  EXPECT_EQ(error_of("targets:\n  - name: a\n    url: \"postgresql://h/x?bogus=1\"\n"),
            ":3:10: target a: url is not a connection string: invalid URI query parameter: "
            "\"bogus\"");
  EXPECT_EQ(error_of("targest: []\n"),
            ":1:1: expected a `targets:` list of entries with name and url");
  EXPECT_EQ(error_of("targets: [\n"), ":2:1: end of sequence flow not found");
}

TEST(TargetsFileTest, GlobAndConninfo) {
  EXPECT_TRUE(GlobMatch("tenant_*", "tenant_01"));
  EXPECT_FALSE(GlobMatch("tenant_*", "other"));
  EXPECT_TRUE(GlobMatch("d?1", "d01"));
  EXPECT_FALSE(GlobMatch("d?1", "d011"));
  EXPECT_TRUE(GlobMatch("*", ""));
  EXPECT_EQ(WithConninfoSetting("postgresql://u@h:5433/app", "dbname", "d 1"),
            "user=u host=h port=5433 dbname='d 1'");
  EXPECT_EQ(WithConninfoSetting("host=/tmp dbname=postgres", "dbname", "d01"),
            "host=/tmp dbname=d01");
}

}  // namespace
}  // namespace tidemark::exec
