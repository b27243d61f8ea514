// Fleets on real PostgreSQL: three clusters of 40 databases (120 targets)
// and a database of 50 tenant schemas, driven through the binary. The
// clusters are shared by every case; each case keeps its own tracking
// schema (--schema) and table names, so cases never see each other's
// migrations, and runs over the targets it selects.
#include <fcntl.h>
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <regex>
#include <sstream>
#include <thread>

#include "exec/lock.h"
#include "exec/scratch_postgres.h"
#include "exec/targets.h"
#include "exec/tracking.h"
#include "support/json_docs.h"
#include "support/tidemark_process.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr int kClusters = 3;
constexpr int kDatabases = 40;
constexpr int kSchemas = 50;

std::string Db(int i) { return fmt::format("d{:02d}", i); }

// What tidemark writes to a terminal: stderr is a pseudo-terminal, stdout a
// file.
struct TerminalResult {
  int exit_code = -1;
  std::string out;
  std::string terminal;
};

TerminalResult RunOnTerminal(const std::vector<std::string>& args) {
  testing::TempDir files;
  std::string out_path = (files.path() / "stdout").string();
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
    throw std::runtime_error("no pseudo-terminal");
  }
  // Held open here until the child has its copy, so that reading the
  // master ends (EIO) only when the child is gone.
  int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
  if (slave < 0) throw std::runtime_error("cannot open the pseudo-terminal");
  std::vector<std::string> argv_storage = {TIDEMARK_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  argv.reserve(argv_storage.size() + 1);
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out, STDOUT_FILENO);
    dup2(slave, STDERR_FILENO);
    int null_fd = open("/dev/null", O_RDONLY);
    dup2(null_fd, STDIN_FILENO);
    close(master);
    unsetenv("DATABASE_URL");
    setenv("NO_COLOR", "1", 1);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(slave);
  TerminalResult r;
  char buf[4096];
  while (true) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) {
      r.terminal.append(buf, static_cast<size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO: the child closed the terminal
    }
  }
  close(master);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = testing::ReadWholeFile(out_path);
  return r;
}

// The "tidemark: " lines of stderr, without that prefix.
std::vector<std::string> ErrorLines(const std::string& err) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("tidemark: ", 0) == 0) lines.push_back(line.substr(10));
  }
  return lines;
}

std::string Joined(const std::vector<std::string>& lines, const std::string& separator) {
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : separator) + line;
  return text;
}

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
  // Runs `args` in the background and kill -9s it once its run log `log`
  // holds `count` migration lines whose result is `result`.
  static void KillOnceLogged(const std::vector<std::string>& args, const std::string& log,
                             const std::string& result, size_t count) {
    testing::TidemarkProcess run(args);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::string needle = "\"result\":\"" + result + "\"";
    size_t seen = 0;
    while (seen < count) {
      ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the run never got far";
      ASSERT_TRUE(run.Running()) << run.Wait().out;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      std::string text = testing::ReadWholeFile(log);
      seen = 0;
      for (size_t p = 0; (p = text.find(needle, p)) != std::string::npos; ++p) ++seen;
    }
    run.Kill9();
    EXPECT_EQ(run.Wait().exit_code, 128 + 9);
  }
  // Migrations NNNN_<p>N.sql, N = 1..count, each creating table <p>N, with
  // a Down that takes 30 ms.
  std::string SlowDowns(const std::string& p, int count) {
    for (int i = 1; i <= count; ++i) {
      dir_.Write(fmt::format("{0}/{1:04d}_{0}{1}.sql", p, i),
                 fmt::format("-- +migrate Up\nCREATE TABLE {0}{1} (id int);\n-- +migrate Down\n"
                             "SELECT pg_sleep(0.03);\nDROP TABLE {0}{1};\n",
                             p, i));
    }
    return (dir_.path() / p).string();
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
  ASSERT_NO_FATAL_FAILURE(KillOnceLogged(args, log, "applied", 150));
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
  std::string dir = SlowDowns("f", 10);
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
  ASSERT_NO_FATAL_FAILURE(KillOnceLogged(args, log, "rolled-back", 60));
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

// kill -9 in the middle of a fleet `rollback N`: the resumed run undoes on
// each target what is left of its N, so every target ends N migrations
// down, each rolled back once.
TEST_F(FleetTest, KilledRollbackOfNResumesWithTheCountLeft) {
  std::string dir = SlowDowns("r", 10);
  std::string targets = TargetsFile();
  ASSERT_EQ(Run({"--dir", dir, "--schema", "case_r", "migrate", "up", "--targets", targets,
                 "--target", "c2", "--parallel", "8"})
                .exit_code,
            0);
  std::string log = (dir_.path() / "rollback-n.log").string();
  std::vector<std::string> args = {"--dir",    dir,          "--schema",  "case_r",    "migrate",
                                   "rollback", "6",          "--targets", targets,     "--target",
                                   "c2",       "--parallel", "4",         "--run-log", log};
  ASSERT_NO_FATAL_FAILURE(KillOnceLogged(args, log, "rolled-back", 80));
  EXPECT_THAT(testing::ReadWholeFile(log), Not(HasSubstr("run-end")));
  auto resumed = testing::RunTidemark(args);
  ASSERT_EQ(resumed.exit_code, 0) << resumed.out << resumed.err;
  EXPECT_THAT(resumed.out, HasSubstr("resuming run "));
  EXPECT_THAT(resumed.out,
              ::testing::ContainsRegex("skip c2/d[0-9]+ 00[0-9]+_r[0-9]+\\.sql: rolled back by the "
                                       "interrupted run \\(its tracking table agrees\\)"));
  for (int i = 1; i <= kDatabases; ++i) {
    ASSERT_EQ(Query(1, Db(i),
                    "SELECT string_agg(version, ',' ORDER BY version) || '|' || "
                    "(to_regclass('r4') IS NOT NULL) || '|' || (to_regclass('r5') IS NULL) FROM "
                    "case_r.migrations"),
              "0001,0002,0003,0004|true|true")
        << Db(i);
  }
}

// A run killed after a Down committed but before its end line reached the
// run log: the tracking table says it is undone, and the resumed
// `rollback N` counts it.
TEST_F(FleetTest, ResumedRollbackCountsADownTheLogDidNotRecord) {
  std::string dir = Migrations("q", "q", 4);
  std::string targets = TargetsFile();
  std::vector<std::string> base = {"--dir", dir, "--schema", "case_q"};
  auto with = [&](std::vector<std::string> more) {
    std::vector<std::string> all = base;
    all.insert(all.end(), more.begin(), more.end());
    return all;
  };
  ASSERT_EQ(Run(with({"migrate", "up", "--targets", targets, "--target", "c1/d01"})).exit_code, 0);
  // The interrupted run: 0004's Down started on c1/d01 and committed (done
  // here by a single-target rollback); the log has no end line for it.
  ASSERT_EQ(
      Run(with({"--database-url", clusters_[0]->ConnectionString("d01"), "migrate", "rollback"}))
          .exit_code,
      0);
  std::string log = dir_.Write("q.log",
                               "{\"run\":\"R1\",\"event\":\"run-start\",\"command\":\"rollback\","
                               "\"time\":\"2026-12-03T10:20:01.204Z\",\"targets\":1,\"resumes\":"
                               "\"\"}\n"
                               "{\"run\":\"R1\",\"target\":\"c1/d01\",\"migration\":null,"
                               "\"start\":\"x\",\"result\":\"target-started\",\"batch\":1}\n"
                               "{\"run\":\"R1\",\"target\":\"c1/d01\",\"migration\":"
                               "\"0004_m04.sql\",\"start\":\"x\",\"result\":\"started\"}\n")
                        .string();
  auto resumed = Run(with(
      {"migrate", "rollback", "2", "--targets", targets, "--target", "c1/d01", "--run-log", log}));
  ASSERT_EQ(resumed.exit_code, 0) << resumed.out << resumed.err;
  EXPECT_THAT(resumed.out, HasSubstr("resuming run R1"));
  EXPECT_THAT(resumed.out,
              HasSubstr("skip c1/d01 0004_m04.sql: rolled back by the interrupted run"));
  EXPECT_THAT(resumed.out, HasSubstr("c1/d01: rolled back 1 migration"));
  EXPECT_EQ(Applied(0, "d01", "q", "case_q"), "2|2|2|1");
}

// A refused target's line says what a single-target `migrate up` (or
// `rollback`) says on that database, word for word: a dirty migration,
// checksum drift, a pending file older than the newest applied one.
TEST_F(FleetTest, RefusalsSayWhatASingleTargetRunSays) {
  std::string dir = Migrations("g", "g", 2);
  std::string targets = TargetsFile();
  std::vector<std::string> base = {"--dir", dir, "--schema", "case_g"};
  auto fleet = [&](const std::vector<std::string>& command) {
    std::vector<std::string> all = base;
    all.insert(all.end(), command.begin(), command.end());
    all.insert(all.end(), {"--targets", targets});
    for (const char* db : {"d01", "d02", "d03", "d04"}) {
      all.insert(all.end(), {"--target", std::string("c1/") + db});
    }
    return Run(all);
  };
  auto single = [&](const std::string& db, const std::vector<std::string>& command) {
    std::vector<std::string> all = base;
    all.insert(all.end(), {"--database-url", clusters_[0]->ConnectionString(db)});
    all.insert(all.end(), command.begin(), command.end());
    return Run(all);
  };
  ASSERT_EQ(fleet({"migrate", "up"}).exit_code, 0);
  Query(0, "d02",
        "UPDATE case_g.migrations SET dirty = true, failed_at = 'g/0002_m02.sql:2:1', error = "
        "'ERROR:  cut off' WHERE version = '0002'");
  Query(0, "d03",
        "UPDATE case_g.migrations SET checksum = 'f00d' || checksum WHERE version = '0001'");
  Query(0, "d04", "DELETE FROM case_g.migrations WHERE version = '0001'");

  auto refused = fleet({"migrate", "up"});
  EXPECT_EQ(refused.exit_code, 3) << refused.out << refused.err;
  EXPECT_THAT(refused.out, HasSubstr("c1/d01: up to date\n"));
  std::map<std::string, std::string> first = {
      {"d02", "0002_m02.sql is dirty (at g/0002_m02.sql:2:1): ERROR:  cut off"},
      {"d03", "0001_m01.sql was changed after it was applied (checksum f00d"},
      {"d04", "0001_m01.sql is older than the newest applied migration (0002) but not applied"}};
  for (const auto& [db, words] : first) {
    auto own = single(db, {"migrate", "up"});
    EXPECT_EQ(own.exit_code, 3) << own.err;
    std::vector<std::string> lines = ErrorLines(own.err);
    ASSERT_EQ(lines.size(), 2u) << own.err;
    EXPECT_THAT(lines[0], ::testing::StartsWith(words));
    EXPECT_THAT(refused.out, HasSubstr("c1/" + db + ": refused: " + Joined(lines, "; ") + "\n"));
  }
  EXPECT_EQ(Query(0, "d04", "SELECT count(*) FROM case_g.migrations"), "1");  // nothing ran

  // Rollback refuses a dirty target in the same words too.
  auto own = single("d02", {"migrate", "rollback"});
  EXPECT_EQ(own.exit_code, 3) << own.err;
  auto rollback = fleet({"migrate", "rollback"});
  EXPECT_EQ(rollback.exit_code, 3) << rollback.out << rollback.err;
  EXPECT_THAT(rollback.out,
              HasSubstr("c1/d02: refused: " + Joined(ErrorLines(own.err), "; ") + "\n"));
  EXPECT_THAT(rollback.out, HasSubstr("c1/d01: rolled back 1 migration"));
}

// `rollback --to V` over a fleet names a migration file, checked before any
// target is touched, with the nearest versions as a single target says them.
TEST_F(FleetTest, RollbackToAnUnknownVersionTouchesNoTarget) {
  std::string dir = Migrations("j", "j", 4);
  std::string targets = TargetsFile();
  std::vector<std::string> base = {"--dir", dir, "--schema", "case_j"};
  auto fleet = [&](const std::vector<std::string>& command) {
    std::vector<std::string> all = base;
    all.insert(all.end(), command.begin(), command.end());
    all.insert(all.end(), {"--targets", targets, "--target", "c1", "--parallel", "8"});
    return Run(all);
  };
  ASSERT_EQ(fleet({"migrate", "up"}).exit_code, 0);
  auto unknown = fleet({"migrate", "rollback", "--to", "0099"});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.out << unknown.err;
  EXPECT_EQ(ErrorLines(unknown.err),
            std::vector<std::string>{
                "--to 0099: no migration has this version; the nearest is 0004 (0004_m04.sql)"});
  EXPECT_THAT(unknown.out, Not(HasSubstr("c1/")));
  std::vector<std::string> own_args = base;
  own_args.insert(own_args.end(), {"--database-url", clusters_[0]->ConnectionString("d01"),
                                   "migrate", "rollback", "--to", "0099"});
  auto own = Run(own_args);
  EXPECT_EQ(own.exit_code, 2);
  EXPECT_EQ(ErrorLines(own.err), ErrorLines(unknown.err));
  for (int i = 1; i <= kDatabases; ++i) {
    ASSERT_EQ(Applied(0, Db(i), "j", "case_j"), "4|4|4|1") << Db(i);
  }
  // A version that names a file rolls back to it.
  auto known = fleet({"migrate", "rollback", "--to", "0002"});
  ASSERT_EQ(known.exit_code, 0) << known.out << known.err;
  EXPECT_THAT(known.out, HasSubstr("c1/d33: rolled back 2 migrations (batch 1"));
  EXPECT_EQ(Applied(0, "d33", "j", "case_j"), "2|2|2|1");
}

// `--dry-run` over a fleet says per target what would run and changes
// nothing: no tracking table, no lock, no run log, no migration.
TEST_F(FleetTest, DryRunsChangeNothingOnAnyTarget) {
  std::string dir = Migrations("k", "k", 3);
  std::string targets = TargetsFile();
  std::string log = (dir_.path() / "k.log").string();
  auto args = [&](const std::vector<std::string>& command) {
    std::vector<std::string> all = {"--dir", dir, "--schema", "case_k"};
    all.insert(all.end(), command.begin(), command.end());
    all.insert(all.end(), {"--targets", targets, "--target", "c2/d1?"});  // d10..d19
    return Run(all);
  };
  auto untouched = [&](int i) {
    return Query(1, Db(i),
                 "SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = 'case_k') || '|' || "
                 "(to_regclass('k_log') IS NULL)");
  };
  // A held lock does not stop a dry run: it takes none.
  auto holder = std::make_unique<pqxx::connection>(clusters_[1]->ConnectionString("d12"));
  {
    pqxx::nontransaction tx(*holder);
    tx.exec("SELECT pg_advisory_lock(" + std::to_string(MigrationLockKey("case_k")) + ")");
  }
  auto dry = args({"migrate", "up", "--dry-run", "--run-log", log});
  ASSERT_EQ(dry.exit_code, 0) << dry.out << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("c2/d12: would apply 3 migrations (batch 1): 0001_m01.sql, "
                                 "0002_m02.sql, 0003_m03.sql\n"));
  EXPECT_THAT(dry.out, HasSubstr("10 targets: 10 done\n10 at no migration\n"));
  EXPECT_THAT(dry.out, HasSubstr("dry run: nothing was changed on any target"));
  EXPECT_FALSE(std::filesystem::exists(log));
  for (int i = 10; i <= 19; ++i) ASSERT_EQ(untouched(i), "0|true") << Db(i);
  holder.reset();

  ASSERT_EQ(args({"migrate", "up", "2"}).exit_code, 0);
  auto dry_up = args({"migrate", "up", "--dry-run"});
  ASSERT_EQ(dry_up.exit_code, 0) << dry_up.out << dry_up.err;
  EXPECT_THAT(dry_up.out, HasSubstr("c2/d15: would apply 1 migration (batch 2): 0003_m03.sql\n"));
  auto dry_back = args({"migrate", "rollback", "--batch", "--dry-run"});
  ASSERT_EQ(dry_back.exit_code, 0) << dry_back.out << dry_back.err;
  EXPECT_THAT(dry_back.out,
              HasSubstr("c2/d19: would roll back 2 migrations (batch 1): 0002_m02.sql, "
                        "0001_m01.sql\n"));
  EXPECT_THAT(dry_back.out, HasSubstr("10 at 0002"));
  auto json = args({"--format", "json", "migrate", "rollback", "--to", "0001", "--dry-run"});
  ASSERT_EQ(json.exit_code, 0) << json.out << json.err;
  auto j = Json(json);
  EXPECT_EQ(j["dry_run"], true);
  auto rows = ByTarget(j);
  ASSERT_EQ(rows.size(), 10u);
  EXPECT_EQ(rows["c2/d10"]["would"], nlohmann::json::array({"0002_m02.sql"}));
  EXPECT_EQ(rows["c2/d10"]["version"], "0002");
  EXPECT_FALSE(rows["c2/d10"].contains("done"));
  for (int i = 10; i <= 19; ++i) {
    ASSERT_EQ(Applied(1, Db(i), "k", "case_k"), "2|2|2|1") << Db(i);
    ASSERT_EQ(Query(1, Db(i), "SELECT to_regclass('k_m02') IS NOT NULL"), "t") << Db(i);
  }
}

// Tenant schemas with `tracking_schema:` keep their rows in one shared
// table keyed by tenant: status, up and rollback each see the tenant's own
// rows only, and no tenant schema holds a tracking table.
TEST_F(FleetTest, TenantsShareOneTrackingTableKeyedByTenant) {
  constexpr int kShops = 12;
  {
    pqxx::connection conn(clusters_[0]->ConnectionString("tenants"));
    pqxx::nontransaction tx(conn);
    for (int i = 1; i <= kShops; ++i) tx.exec(fmt::format("CREATE SCHEMA shop_{:02d}", i));
  }
  std::string dir = Migrations("s", "s", 3);
  // shop_tracking matches shop_* but is the tracking schema, not a tenant.
  std::string targets =
      dir_.Write("shops.yml",
                 fmt::format("targets:\n  - name: s\n    url: \"{}\"\n    schemas: \"shop_*\"\n"
                             "    tracking_schema: shop_tracking\n",
                             clusters_[0]->ConnectionString("tenants")))
          .string();
  auto run = [&](const std::vector<std::string>& command) {
    std::vector<std::string> all = {"--dir", dir, "--schema", "case_s"};
    all.insert(all.end(), command.begin(), command.end());
    all.insert(all.end(), {"--targets", targets, "--parallel", "6"});
    return Run(all);
  };
  auto tenants = [&](const std::string& sql) { return Query(0, "tenants", sql); };
  auto per_tenant = [&] {
    return tenants(
        "SELECT string_agg(tenant || '=' || n, ',' ORDER BY tenant) FROM (SELECT tenant, count(*) "
        "n FROM shop_tracking.migrations GROUP BY tenant) c");
  };
  auto up = run({"migrate", "up", "2"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  EXPECT_THAT(up.out, HasSubstr("s/shop_07: applied 2 migrations (batch 1"));
  EXPECT_THAT(up.out, HasSubstr("12 targets: 12 done"));
  EXPECT_THAT(up.out, Not(HasSubstr("s/shop_tracking")));
  EXPECT_EQ(tenants("SELECT count(*) || '|' || count(DISTINCT tenant) FROM "
                    "shop_tracking.migrations"),
            "24|12");
  for (int i = 1; i <= kShops; ++i) {
    ASSERT_EQ(tenants(fmt::format("SELECT (SELECT count(*) FROM shop_{0:02d}.s_log) || '|' || "
                                  "(to_regclass('shop_{0:02d}.migrations') IS NULL) || '|' || "
                                  "(to_regclass('shop_{0:02d}.tidemark_meta') IS NULL)",
                                  i)),
              "2|true|true")
        << i;
  }

  // shop_01 goes ahead alone; shop_03's row of 0002 is marked dirty.
  auto ahead = run({"migrate", "up", "--target", "s/shop_01"});
  ASSERT_EQ(ahead.exit_code, 0) << ahead.out << ahead.err;
  EXPECT_THAT(ahead.out, HasSubstr("s/shop_01: applied 1 migration (batch 2"));
  tenants(
      "UPDATE shop_tracking.migrations SET dirty = true, error = 'cut off' WHERE tenant = "
      "'shop_03' AND version = '0002'");
  auto status = run({"--format", "json", "migrate", "status"});
  ASSERT_EQ(status.exit_code, 0) << status.out << status.err;
  auto rows = ByTarget(Json(status));
  ASSERT_EQ(rows.size(), 12u);
  EXPECT_EQ(rows["s/shop_01"]["version"], "0003");
  EXPECT_EQ(rows["s/shop_01"]["applied"], 3);
  EXPECT_EQ(rows["s/shop_01"]["pending"], 0);
  EXPECT_EQ(rows["s/shop_02"]["version"], "0002");
  EXPECT_EQ(rows["s/shop_02"]["applied"], 2);
  EXPECT_EQ(rows["s/shop_02"]["pending"], 1);
  EXPECT_EQ(rows["s/shop_02"]["dirty"], false);
  EXPECT_EQ(rows["s/shop_03"]["dirty"], true);
  EXPECT_EQ(rows["s/shop_03"]["last_error"], "cut off");

  // A dry run reads each tenant's own rows and writes none.
  auto dry = run({"migrate", "up", "--dry-run"});
  EXPECT_EQ(dry.exit_code, 3) << dry.out << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("s/shop_02: would apply 1 migration (batch 2): 0003_m03.sql\n"));
  EXPECT_THAT(dry.out, HasSubstr("s/shop_01: up to date\n"));
  EXPECT_EQ(tenants("SELECT count(*) FROM shop_tracking.migrations"), "25");

  // Up: shop_03 alone is refused; the others catch up in their own batch 2.
  auto rest = run({"migrate", "up"});
  EXPECT_EQ(rest.exit_code, 3) << rest.out << rest.err;
  EXPECT_THAT(rest.out, HasSubstr("s/shop_03: refused: 0002_m02.sql is dirty: cut off"));
  EXPECT_THAT(rest.out, HasSubstr("s/shop_02: applied 1 migration (batch 2"));
  EXPECT_THAT(rest.out, HasSubstr("s/shop_01: up to date"));
  EXPECT_EQ(per_tenant(),
            "shop_01=3,shop_02=3,shop_03=2,shop_04=3,shop_05=3,shop_06=3,shop_07=3,shop_08=3,"
            "shop_09=3,shop_10=3,shop_11=3,shop_12=3");

  // Rollback --batch: each tenant undoes its own last batch.
  auto back = run({"migrate", "rollback", "--batch"});
  EXPECT_EQ(back.exit_code, 3) << back.out << back.err;
  EXPECT_THAT(back.out, HasSubstr("s/shop_01: rolled back 1 migration (batch 2"));
  EXPECT_THAT(back.out, HasSubstr("s/shop_12: rolled back 1 migration (batch 2"));
  auto one = run({"migrate", "rollback", "--target", "s/shop_05"});
  ASSERT_EQ(one.exit_code, 0) << one.out << one.err;
  EXPECT_THAT(one.out, HasSubstr("s/shop_05: rolled back 1 migration (batch 1"));
  EXPECT_EQ(per_tenant(),
            "shop_01=2,shop_02=2,shop_03=2,shop_04=2,shop_05=1,shop_06=2,shop_07=2,shop_08=2,"
            "shop_09=2,shop_10=2,shop_11=2,shop_12=2");
  EXPECT_EQ(tenants("SELECT (SELECT count(*) FROM shop_05.s_log) || '|' || (SELECT count(*) "
                    "FROM shop_06.s_log) || '|' || (to_regclass('shop_01.s_m03') IS NULL)"),
            "1|2|true");

  // A tracking_schema whose table holds rows not keyed by tenant is refused
  // on each of its tenants, and nothing runs there.
  {
    pqxx::connection conn(clusters_[0]->ConnectionString("tenants"));
    TrackingTable("plain_track").Ensure(conn);
    pqxx::nontransaction tx(conn);
    tx.exec(
        "INSERT INTO plain_track.migrations (version, name, checksum, batch) VALUES ('0001', "
        "'0001_m01.sql', 'x', 1)");
  }
  std::string plain =
      dir_.Write("plain.yml",
                 fmt::format("targets:\n  - name: p\n    url: \"{}\"\n    schemas: \"shop_01\"\n"
                             "    tracking_schema: plain_track\n",
                             clusters_[0]->ConnectionString("tenants")))
          .string();
  auto refused = Run({"--dir", dir, "migrate", "up", "--targets", plain});
  EXPECT_EQ(refused.exit_code, 1) << refused.out << refused.err;
  EXPECT_THAT(refused.out, HasSubstr("p/shop_01: failed: " + plain +
                                     ":2:5: plain_track.migrations is a tracking table not keyed "
                                     "by tenant (no `tenant` column)"));
  EXPECT_EQ(tenants("SELECT count(*) FROM shop_01.s_log"), "2");
}

// On a terminal, stderr carries one progress line, rewritten in place as
// targets start and finish: done of all, running, failed, elapsed time.
TEST_F(FleetTest, ProgressLineOnATerminal) {
  std::map<int, std::string> body = {
      {2,
       "DO $$ BEGIN IF current_database() = 'd05' THEN RAISE EXCEPTION 'boom'; END IF; END $$;"}};
  std::string dir = Migrations("p", "p", 2, body);
  std::string targets = TargetsFile();
  std::vector<std::string> args = {"--dir",     dir,     "--schema", "case_p", "migrate",    "up",
                                   "--targets", targets, "--target", "c3/d0?", "--parallel", "1"};
  TerminalResult r = RunOnTerminal(args);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.terminal;
  std::regex progress(R"(\rtidemark: (\d+)/(\d+) targets done, (\d+) running, (\d+) failed )"
                      R"(\((\d+\.\d) s\)\x1b\[K)");
  std::vector<std::string> seen;
  std::vector<double> times;
  for (auto it = std::sregex_iterator(r.terminal.begin(), r.terminal.end(), progress);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    seen.push_back(fmt::format("{}/{} {} {}", m[1].str(), m[2].str(), m[3].str(), m[4].str()));
    times.push_back(std::stod(m[5].str()));
  }
  // One target at a time: each start, then each end, in file order.
  std::vector<std::string> expected;
  int failed = 0;
  for (int k = 1; k <= 9; ++k) {
    expected.push_back(fmt::format("{}/9 1 {}", k - 1, failed));
    if (k == 5) ++failed;
    expected.push_back(fmt::format("{}/9 0 {}", k, failed));
  }
  EXPECT_EQ(seen, expected) << r.terminal;
  EXPECT_TRUE(std::is_sorted(times.begin(), times.end()));
  // The line is cleared at the end; the target lines and the tally are on stdout.
  EXPECT_GT(r.terminal.rfind("\r\x1b[K"), r.terminal.rfind("targets done"));
  EXPECT_THAT(r.out, HasSubstr("c3/d05: failed: 0002_m02.sql"));
  EXPECT_THAT(r.out, HasSubstr("9 targets: 8 done, 1 failed"));
  EXPECT_THAT(r.out, Not(HasSubstr("targets done")));
  // Not a terminal: no progress line.
  auto plain = Run(args);
  EXPECT_EQ(plain.exit_code, 1);
  EXPECT_THAT(plain.err, Not(HasSubstr("targets done")));
}

// Drift over the fleet: its own databases <prefix>1..<prefix>N on cluster 1
// (the other cases' tables are in the dNN databases, and drift compares
// whole databases), as the entry `dr`, dropped at the end.
class FleetDriftTest : public FleetTest {
 protected:
  void Databases(const std::string& prefix, int count) {
    pqxx::connection conn(clusters_[0]->ConnectionString("postgres"));
    for (int i = 1; i <= count; ++i) {
      pqxx::nontransaction tx(conn);
      tx.exec(fmt::format("DROP DATABASE IF EXISTS {0}{1}", prefix, i));
      tx.exec(fmt::format("CREATE DATABASE {0}{1}", prefix, i));
      made_.push_back(fmt::format("{}{}", prefix, i));
    }
  }
  void TearDown() override {
    pqxx::connection conn(clusters_[0]->ConnectionString("postgres"));
    for (const auto& db : made_) {
      pqxx::nontransaction tx(conn);
      tx.exec("DROP DATABASE IF EXISTS " + db);
    }
  }
  std::string DriftTargets(const std::string& prefix, const std::string& extra = "") {
    return dir_
        .Write("drift-targets.yml",
               fmt::format("targets:\n  - name: dr\n    url: \"{}\"\n    databases: \"{}*\"\n{}",
                           clusters_[0]->ConnectionString("postgres"), prefix, extra))
        .string();
  }
  static void Exec(const std::string& db, const std::string& sql) {
    pqxx::connection conn(clusters_[0]->ConnectionString(db));
    pqxx::nontransaction tx(conn);
    tx.exec(sql);
  }
  // The (change, object) pairs of a fleet target's `drift`, or of a
  // single-target `migrate drift --format json`'s `changes`.
  static std::vector<std::string> Changes(const nlohmann::json& list) {
    std::vector<std::string> out;
    for (const auto& c : list) {
      out.push_back(c["change"].get<std::string>() + " " + c["object"].get<std::string>());
    }
    return out;
  }
  std::string dev_url() const { return clusters_[0]->ConnectionString("postgres"); }
  std::vector<std::string> made_;
};

// Hand edits on two targets (an added column, a dropped index) are found on
// exactly those; the others, at two versions, have none; an unreachable
// target is reported and the others go on; one replay per distinct set of
// applied migrations; each target's drift is its own `migrate drift`.
TEST_F(FleetDriftTest, HandEditsAreFoundOnThoseTargetsOnly) {
  Databases("fa", 5);
  std::string dir = Migrations("fa", "fa", 3, {{1, "CREATE INDEX fa_m01_id ON fa_m01 (id);"}});
  std::string targets = DriftTargets(
      "fa", "  - name: gone\n    url: \"host=/nonexistent-socket-dir port=5999 dbname=x\"\n");
  auto up = Run({"--dir", dir, "--schema", "case_fa", "migrate", "up", "--targets", targets,
                 "--target", "dr"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  auto back = Run({"--dir", dir, "--schema", "case_fa", "migrate", "rollback", "--targets", targets,
                   "--target", "dr/fa5"});
  ASSERT_EQ(back.exit_code, 0) << back.out << back.err;
  Exec("fa2", "ALTER TABLE fa_m02 ADD COLUMN note text");
  Exec("fa4", "DROP INDEX fa_m01_id");

  // The scratch PostgreSQL of the run (no --dev-url).
  auto drift = Run({"--dir", dir, "--schema", "case_fa", "migrate", "drift", "--targets", targets,
                    "--parallel", "3"});
  EXPECT_EQ(drift.exit_code, 1) << drift.out << drift.err;  // gone could not be read
  EXPECT_THAT(drift.out, HasSubstr("dr/fa1: no drift\n"));
  EXPECT_THAT(drift.out, HasSubstr("dr/fa2: drift: 1 object (added column public.fa_m02.note)\n"));
  EXPECT_THAT(drift.out, HasSubstr("dr/fa3: no drift\n"));
  EXPECT_THAT(drift.out, HasSubstr("dr/fa4: drift: 1 object (missing index public.fa_m01_id)\n"));
  EXPECT_THAT(drift.out, HasSubstr("dr/fa5: no drift\n"));  // at 0002
  EXPECT_THAT(drift.out, HasSubstr("gone: unreachable: cannot connect"));
  EXPECT_THAT(drift.out, HasSubstr("\n6 targets: 3 without drift, 2 drifted (dr/fa2, dr/fa4), 1 "
                                   "unreachable (gone)\n"));

  // Exit codes without the unreachable target: 0, or 1 with --exit-code.
  std::vector<std::string> args = {"--dir",    dir,     "--schema",  "case_fa",
                                   "migrate",  "drift", "--targets", targets,
                                   "--target", "dr",    "--dev-url", dev_url()};
  auto plain = Run(args);
  EXPECT_EQ(plain.exit_code, 0) << plain.out << plain.err;
  EXPECT_THAT(plain.out, HasSubstr("5 targets: 3 without drift, 2 drifted (dr/fa2, dr/fa4)\n"));
  args.emplace_back("--exit-code");
  EXPECT_EQ(Run(args).exit_code, 1);
  auto clean =
      Run({"--dir", dir, "--schema", "case_fa", "migrate", "drift", "--targets", targets,
           "--target", "dr/fa1", "--target", "dr/fa5", "--dev-url", dev_url(), "--exit-code"});
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_THAT(clean.out, HasSubstr("2 targets: 2 without drift\n"));

  // JSON: one replay per distinct set (0001..0003, 0001..0002); each
  // target's drift is what `migrate drift` says on it alone.
  auto json = Run({"--dir", dir, "--schema", "case_fa", "--format", "json", "migrate", "drift",
                   "--targets", targets, "--dev-url", dev_url()});
  EXPECT_EQ(json.exit_code, 1) << json.err;
  nlohmann::json doc = Json(json);
  testing::ExpectDocumented(doc);
  EXPECT_EQ(doc["command"], "drift");
  EXPECT_EQ(doc["replays"], 2);
  EXPECT_EQ(doc["results"], nlohmann::json({{"done", 5}, {"unreachable", 1}}));
  EXPECT_EQ(doc["summary"], "3 without drift, 2 drifted (dr/fa2, dr/fa4), 1 unreachable (gone)");
  auto fleet = ByTarget(doc);
  EXPECT_TRUE(fleet["gone"]["drift"].is_null());
  EXPECT_EQ(fleet["dr/fa5"]["version"], "0002");
  // Single-target drift needs an empty database of its own each time.
  for (const std::string db : {"fa2", "fa4", "fa5"}) {
    Databases("own_" + db + "_", 1);
    auto own = Run({"--dir", dir, "--schema", "case_fa", "--format", "json", "--database-url",
                    clusters_[0]->ConnectionString(db), "migrate", "drift", "--dev-url",
                    clusters_[0]->ConnectionString("own_" + db + "_1")});
    ASSERT_EQ(own.exit_code, 0) << own.err;
    EXPECT_EQ(Changes(fleet["dr/" + db]["drift"]), Changes(Json(own)["changes"])) << db;
  }
  EXPECT_EQ(Changes(fleet["dr/fa3"]["drift"]), std::vector<std::string>{});
  // The replay databases made on the --dev-url server are gone.
  EXPECT_EQ(Query(0, "postgres",
                  "SELECT count(*) FROM pg_database WHERE datname LIKE 'tidemark_drift_%'"),
            "0");
}

// `status --drift`: a DRIFT column that agrees with `migrate drift` per
// target; without --drift there is none; --exit-code is 3 on drift.
TEST_F(FleetDriftTest, StatusDriftColumnAgreesWithMigrateDrift) {
  Databases("fb", 3);
  std::string dir = Migrations("fb", "fb", 2);
  std::string targets = DriftTargets(
      "fb", "  - name: gone\n    url: \"host=/nonexistent-socket-dir port=5999 dbname=x\"\n");
  auto up = Run({"--dir", dir, "--schema", "case_fb", "migrate", "up", "--targets", targets,
                 "--target", "dr"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  Exec("fb2", "CREATE TABLE by_hand (id int)");

  auto without = Run({"--dir", dir, "--schema", "case_fb", "migrate", "status", "--targets",
                      targets, "--target", "dr"});
  EXPECT_EQ(without.exit_code, 0) << without.err;
  EXPECT_THAT(without.out, ::testing::ContainsRegex("TARGET +VERSION +PENDING +DIRTY +LAST ERROR"));
  EXPECT_THAT(without.out, Not(HasSubstr("DRIFT")));

  auto status = Run({"--dir", dir, "--schema", "case_fb", "migrate", "status", "--targets", targets,
                     "--drift", "--dev-url", dev_url()});
  EXPECT_EQ(status.exit_code, 1) << status.out << status.err;  // gone
  EXPECT_THAT(status.out,
              ::testing::ContainsRegex("TARGET +VERSION +PENDING +DIRTY +DRIFT +LAST ERROR\n"));
  EXPECT_THAT(status.out, ::testing::ContainsRegex("dr/fb1 +0002 +0 +no +no\n"));
  EXPECT_THAT(status.out, ::testing::ContainsRegex("dr/fb2 +0002 +0 +no +2 objects\n"));
  EXPECT_THAT(status.out, ::testing::ContainsRegex("gone +\\? +\\? +\\? +\\? +cannot connect"));
  EXPECT_THAT(status.out, HasSubstr("drift: 2 without drift, 1 drifted (dr/fb2)\n"));

  std::vector<std::string> args = {"--dir",   dir,         "--schema", "case_fb",  "migrate",
                                   "status",  "--targets", targets,    "--target", "dr",
                                   "--drift", "--dev-url", dev_url()};
  EXPECT_EQ(Run(args).exit_code, 0);
  args.emplace_back("--exit-code");
  EXPECT_EQ(Run(args).exit_code, 3);

  // JSON: each target's drift is the drift command's.
  auto status_json =
      Run({"--dir", dir, "--schema", "case_fb", "--format", "json", "migrate", "status",
           "--targets", targets, "--target", "dr", "--drift", "--dev-url", dev_url()});
  ASSERT_EQ(status_json.exit_code, 0) << status_json.err;
  auto drift_json = Run({"--dir", dir, "--schema", "case_fb", "--format", "json", "migrate",
                         "drift", "--targets", targets, "--target", "dr", "--dev-url", dev_url()});
  ASSERT_EQ(drift_json.exit_code, 0) << drift_json.err;
  nlohmann::json status_doc = Json(status_json);
  testing::ExpectDocumented(status_doc);
  EXPECT_EQ(status_doc["replays"], 1);
  auto from_status = ByTarget(status_doc);
  auto from_drift = ByTarget(Json(drift_json));
  ASSERT_EQ(from_status.size(), 3u);
  for (const auto& [name, row] : from_status) {
    EXPECT_EQ(row["drift"], from_drift[name]["drift"]) << name;
  }
  EXPECT_EQ(
      Changes(from_status["dr/fb2"]["drift"]),
      (std::vector<std::string>{"added column public.by_hand.id", "added table public.by_hand"}));
}

// Tenant schemas are refused (drift compares whole databases), without a
// replay; a dirty target is refused as a single-target drift refuses it;
// --drift is for a fleet.
TEST_F(FleetDriftTest, TenantSchemasAndDirtyTargetsAreRefused) {
  Databases("fc", 2);
  std::string dir = Migrations("fc", "fc", 2);
  std::string targets =
      DriftTargets("fc", fmt::format("  - name: t\n    url: \"{}\"\n    schemas: \"tenant_0?\"\n",
                                     clusters_[0]->ConnectionString("tenants")));
  auto up = Run({"--dir", dir, "--schema", "case_fc", "migrate", "up", "--targets", targets,
                 "--target", "dr"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  Exec("fc2", "UPDATE case_fc.migrations SET dirty = true WHERE version = '0002'");

  auto drift = Run({"--dir", dir, "--schema", "case_fc", "migrate", "drift", "--targets", targets,
                    "--target", "t/tenant_01", "--target", "dr", "--dev-url", dev_url()});
  EXPECT_EQ(drift.exit_code, 1) << drift.out << drift.err;
  EXPECT_THAT(drift.out, HasSubstr("t/tenant_01: refused: drift is not checked on a tenant "
                                   "schema: `migrate drift` compares a whole database"));
  EXPECT_THAT(drift.out, HasSubstr("dr/fc1: no drift\n"));
  EXPECT_THAT(drift.out, HasSubstr("dr/fc2: refused: 0002_m02.sql is dirty"));
  EXPECT_THAT(drift.out, HasSubstr("repair it before checking drift"));
  EXPECT_THAT(drift.out,
              HasSubstr("3 targets: 1 without drift, 2 refused (dr/fc2, t/tenant_01)\n"));

  // Tenants only: nothing to replay.
  auto tenants = Run({"--dir", dir, "--schema", "case_fc", "--format", "json", "migrate", "drift",
                      "--targets", targets, "--target", "t"});
  EXPECT_EQ(tenants.exit_code, 1);
  EXPECT_EQ(Json(tenants)["replays"], 0);

  auto single = Run({"--dir", dir, "--schema", "case_fc", "--database-url",
                     clusters_[0]->ConnectionString("fc1"), "migrate", "status", "--drift"});
  EXPECT_EQ(single.exit_code, 2);
  EXPECT_THAT(single.err, HasSubstr("--drift is for a fleet (--targets)"));
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
            "schemas, tracking_schema)");
  EXPECT_EQ(error_of("targets:\n  - name: a\n    url: host=x\n    tracking_schema: t\n"),
            ":4:22: target a: `tracking_schema` is for a `schemas:` entry (its tenants share one "
            "tracking table there, keyed by tenant); other targets keep theirs in --schema");
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
