// Locking, concurrent runs and tidemark killed half way, on a real PostgreSQL.
#include <fmt/format.h>

#include "exec/executor_fixture.h"
#include "exec/lock.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;

class ConcurrencyTest : public ExecutorTest {
 protected:
  // Each migration logs itself in a table, to see that nothing ran twice.
  void WriteLogged(int n, const std::string& extra_sql = "") {
    Write("0000_log.sql", "CREATE TABLE run_log (version text);\n");
    for (int i = 1; i <= n; ++i) {
      std::string v = "000" + std::to_string(i);
      Write(v + "_m.sql", fmt::format("-- +migrate Up\nCREATE TABLE m{0} (id int);\n"
                                      "INSERT INTO run_log VALUES ('{1}');\n{2}"
                                      "-- +migrate Down\nDROP TABLE m{0};\n",
                                      i, v, extra_sql));
    }
  }
  // The PGOPTIONS trick: migrations sleep for `tidemark_test.sleep` seconds,
  // so that a test can catch a run in the middle.
  static constexpr const char* kSleep =
      "SELECT pg_sleep(coalesce(nullif(current_setting('tidemark_test.sleep', true), ''), "
      "'0')::float);\n";
  Env Sleep(const std::string& seconds) {
    return {{"PGOPTIONS", "-c tidemark_test.sleep=" + seconds}};
  }
};

TEST_F(ConcurrencyTest, LockTimeoutExitsFour) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  pqxx::connection holder(ConnectionString());
  {
    pqxx::nontransaction tx(holder);
    tx.exec("SELECT pg_advisory_lock(" + std::to_string(MigrationLockKey("tidemark")) + ")");
  }
  auto r = Tidemark({"--lock-timeout", "300ms", "migrate", "up"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_THAT(r.err, HasSubstr("holds the lock"));
  EXPECT_THAT(r.err, HasSubstr("(server process " + std::to_string(holder.backendpid()) + ")"));
  EXPECT_THAT(r.err, HasSubstr("300ms"));
  EXPECT_FALSE(TableExists("a"));
  // Another schema is another lock.
  EXPECT_EQ(Tidemark({"--lock-timeout", "300ms", "--schema", "other", "migrate", "up"}).exit_code,
            0);
  // Status only reads: no lock needed.
  EXPECT_EQ(Tidemark({"--lock-timeout", "0", "migrate", "status"}).exit_code, 0);
  EXPECT_EQ(Tidemark({"--lock-timeout", "soon", "migrate", "up"}).exit_code, 2);
}

TEST_F(ConcurrencyTest, TwoUpsAtOnceApplyEachMigrationOnce) {
  WriteLogged(4, kSleep);
  testing::TidemarkProcess a(Args({"--lock-timeout", "120s", "migrate", "up"}), Sleep("0.3"));
  testing::TidemarkProcess b(Args({"--lock-timeout", "120s", "migrate", "up"}), Sleep("0.3"));
  auto ra = a.Wait();
  auto rb = b.Wait();
  EXPECT_EQ(ra.exit_code, 0) << ra.err;
  EXPECT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_EQ(Query("SELECT string_agg(version, ',' ORDER BY version) FROM run_log"),
            "0001,0002,0003,0004");
  EXPECT_EQ(TrackedVersions(), "0000,0001,0002,0003,0004");
  // One of them applied everything; the other found nothing left.
  EXPECT_TRUE((ra.out.find("nothing to apply") != std::string::npos) !=
              (rb.out.find("nothing to apply") != std::string::npos))
      << ra.out << "\n---\n"
      << rb.out;
}

TEST_F(ConcurrencyTest, ConcurrentlyIndexWhileAnotherRunWaitsForTheLock) {
  Exec("CREATE TABLE big (id int); INSERT INTO big SELECT generate_series(1, 1000)");
  Write("0001_idx.sql",
        std::string("-- +migrate Up notransaction\n") + kSleep +
            "CREATE INDEX CONCURRENTLY big_id_idx ON big (id);\n"
            "-- +migrate Down notransaction\nDROP INDEX CONCURRENTLY big_id_idx;\n");
  testing::TidemarkProcess first(Args({"--lock-timeout", "120s", "migrate", "up"}), Sleep("1"));
  WaitFor([&] { return Running("pg_sleep"); }, "the first run to start its migration");
  // The second run now polls for the lock while the first builds the index
  // concurrently, which waits for every open transaction to end.
  testing::TidemarkProcess second(Args({"--lock-timeout", "120s", "migrate", "up"}));
  auto r1 = first.Wait();
  auto r2 = second.Wait();
  EXPECT_EQ(r1.exit_code, 0) << r1.err;
  EXPECT_EQ(r2.exit_code, 0) << r2.err;
  EXPECT_EQ(Query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_id_idx'::regclass"),
            "t");
  EXPECT_EQ(TrackedVersions(), "0001");
}

TEST_F(ConcurrencyTest, KillDuringUpThenStatusAndRerunAreConsistent) {
  WriteLogged(3);
  Write("0002_m.sql", std::string("-- +migrate Up\nCREATE TABLE m2 (id int);\n") +
                          "INSERT INTO run_log VALUES ('0002');\n" + kSleep +
                          "-- +migrate Down\nDROP TABLE m2;\n");
  testing::TidemarkProcess run(Args({"migrate", "up"}), Sleep("60"));
  WaitFor([&] { return Running("pg_sleep"); }, "migration 0002 to be running");
  run.Kill9();
  EXPECT_EQ(run.Wait().exit_code, 128 + SIGKILL);
  // The killed run's transaction goes away with its client.
  WaitFor([&] { return !Running("pg_sleep"); }, "the server to notice the dead client");
  auto s = Tidemark({"migrate", "status"});
  EXPECT_THAT(s.out, ::testing::ContainsRegex("applied +0001_m.sql"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("pending +0002_m.sql"));
  EXPECT_FALSE(TableExists("m2"));
  auto rerun = Tidemark({"migrate", "up"});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(Query("SELECT string_agg(version, ',' ORDER BY version) FROM run_log"),
            "0001,0002,0003");
  EXPECT_EQ(TrackedVersions(), "0000,0001,0002,0003");
}

TEST_F(ConcurrencyTest, KillDuringNoTransactionUpLeavesItDirty) {
  Write("0001_a.sql", std::string("-- +migrate Up notransaction\nCREATE TABLE a (id int);\n") +
                          kSleep + "CREATE TABLE a2 (id int);\n");
  testing::TidemarkProcess run(Args({"migrate", "up"}), Sleep("60"));
  WaitFor([&] { return Running("pg_sleep"); }, "the migration to be running");
  run.Kill9();
  run.Wait();
  WaitFor([&] { return !Running("pg_sleep"); }, "the server to notice the dead client");
  auto s = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(s.exit_code, 3);
  EXPECT_THAT(s.out, ::testing::ContainsRegex("dirty +0001_a.sql"));
  EXPECT_THAT(s.out, HasSubstr("interrupted"));
  EXPECT_THAT(s.out, HasSubstr("0001_a.sql:3:1"));  // the statement that was running
  EXPECT_TRUE(TableExists("a"));
  EXPECT_FALSE(TableExists("a2"));
  EXPECT_EQ(Tidemark({"migrate", "up"}).exit_code, 3);
}

TEST_F(ConcurrencyTest, KillDuringRollbackThenStatusAndRerunAreConsistent) {
  WriteLogged(3);
  Write("0003_m.sql", std::string("-- +migrate Up\nCREATE TABLE m3 (id int);\n") +
                          "INSERT INTO run_log VALUES ('0003');\n-- +migrate Down\n" + kSleep +
                          "DROP TABLE m3;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  testing::TidemarkProcess run(Args({"migrate", "rollback", "2"}), Sleep("60"));
  WaitFor([&] { return Running("pg_sleep"); }, "the Down of 0003 to be running");
  run.Kill9();
  run.Wait();
  WaitFor([&] { return !Running("pg_sleep"); }, "the server to notice the dead client");
  auto s = Tidemark({"migrate", "status"});
  EXPECT_THAT(s.out, ::testing::ContainsRegex("applied +0003_m.sql"));
  EXPECT_TRUE(TableExists("m3"));
  auto rerun = Tidemark({"migrate", "rollback", "2"});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_FALSE(TableExists("m3"));
  EXPECT_FALSE(TableExists("m2"));
  EXPECT_TRUE(TableExists("m1"));
  EXPECT_EQ(TrackedVersions(), "0000,0001");
}

}  // namespace
}  // namespace tidemark::exec
