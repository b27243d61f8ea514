// `migrate rollback` and `migrate down` on a real PostgreSQL through the binary.
#include <nlohmann/json.hpp>

#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class RollbackTest : public ExecutorTest {
 protected:
  // n migrations each creating table tN, with a Down dropping it.
  void WriteTables(int n, int first = 1) {
    for (int i = first; i < first + n; ++i) {
      Write(fmt("000{}_t{}.sql", i), "-- +migrate Up\nCREATE TABLE t" + std::to_string(i) +
                                         " (id int);\n-- +migrate Down\nDROP TABLE t" +
                                         std::to_string(i) + ";\n");
    }
  }
  static std::string fmt(const std::string& pattern, int i) {
    std::string s = pattern;
    s.replace(s.find("{}"), 2, std::to_string(i));
    s.replace(s.find("{}"), 2, std::to_string(i));
    return s;
  }
};

TEST_F(RollbackTest, DefaultIsOneNewestFirst) {
  WriteTables(3);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("rolled back 0003_t3.sql"));
  EXPECT_FALSE(TableExists("t3"));
  EXPECT_TRUE(TableExists("t2"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  auto d = Tidemark({"migrate", "down"});
  ASSERT_EQ(d.exit_code, 0) << d.err;
  EXPECT_EQ(TrackedVersions(), "0001");
}

TEST_F(RollbackTest, CountBatchToAndAll) {
  WriteTables(2);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);  // batch 1: 1, 2
  WriteTables(3, 3);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);  // batch 2: 3, 4, 5
  auto batch = Tidemark({"migrate", "rollback", "--batch"});
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "rollback", "2"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--to", "1"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001");
  auto unconfirmed = Tidemark({"migrate", "rollback", "--all"});
  EXPECT_EQ(unconfirmed.exit_code, 2);
  EXPECT_THAT(unconfirmed.err, HasSubstr("--yes"));
  EXPECT_EQ(TrackedVersions(), "0001");
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--all", "--yes"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "");
  EXPECT_FALSE(TableExists("t1"));
  EXPECT_EQ(Tidemark({"migrate", "rollback", "2", "--batch"}).exit_code, 2);
}

TEST_F(RollbackTest, SkipsMigrationsWithoutDownAndExitsSixWhenAllSkipped) {
  Write("0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down\nDROP TABLE a;\n");
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  Write("0003_c.sql",
        "-- +migrate Up\nCREATE TABLE c (id int);\n-- +migrate Down\n-- only a comment\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto all_skipped = Tidemark({"migrate", "rollback", "2"});
  EXPECT_EQ(all_skipped.exit_code, 6);
  EXPECT_THAT(all_skipped.out, HasSubstr("skip 0003_c.sql (no down SQL)"));
  EXPECT_THAT(all_skipped.out, HasSubstr("skip 0002_b.sql (no down SQL)"));
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
  auto partial = Tidemark({"migrate", "rollback", "3"});
  EXPECT_EQ(partial.exit_code, 0) << partial.err;
  EXPECT_THAT(partial.out, HasSubstr("rolled back 0001_a.sql"));
  EXPECT_FALSE(TableExists("a"));
  EXPECT_EQ(TrackedVersions(), "0002,0003");
}

TEST_F(RollbackTest, IrreversibleIsSkipped) {
  Write("0001_a.sql", "-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down irreversible\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "down"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_THAT(r.out, HasSubstr("skip 0001_a.sql (irreversible)"));
}

TEST_F(RollbackTest, UsesUndoFileAndSkipsWhenItIsMissing) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  Write("0001_a_undo.sql", "DROP TABLE a;\n");
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  Write("0002_b_undo.sql", "DROP TABLE b;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_THAT(Tidemark({"migrate", "status"}).out, ::testing::ContainsRegex("0002_b.sql .* yes"));
  dir_.Remove("0002_b_undo.sql");
  EXPECT_THAT(Tidemark({"migrate", "status"}).out, ::testing::ContainsRegex("0002_b.sql .* no"));
  auto skipped = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(skipped.exit_code, 6);
  EXPECT_THAT(skipped.out, HasSubstr("skip 0002_b.sql (no down SQL)"));
  EXPECT_TRUE(TableExists("b"));
  auto two = Tidemark({"migrate", "rollback", "2"});
  EXPECT_EQ(two.exit_code, 0) << two.err;
  EXPECT_FALSE(TableExists("a"));
}

TEST_F(RollbackTest, FileGoneUsesTheDownStoredAtApplyTime) {
  WriteTables(2);
  Write("0003_idx.sql",
        "-- +migrate Up\nCREATE INDEX CONCURRENTLY t1_idx ON t1 (id);\n"
        "-- +migrate Down\nDROP INDEX CONCURRENTLY t1_idx;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  // The application was downgraded: its older release lacks the newer files.
  dir_.Remove("0002_t2.sql");
  dir_.Remove("0003_idx.sql");
  auto s = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(s.exit_code, 1);
  EXPECT_THAT(s.out, ::testing::ContainsRegex("missing +0002_t2.sql .* stored"));
  auto r = Tidemark({"-v", "migrate", "rollback", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("rollback 0003_idx.sql: DROP INDEX CONCURRENTLY t1_idx ("));
  EXPECT_FALSE(TableExists("t2"));
  EXPECT_FALSE(TableExists("t1_idx"));
  EXPECT_EQ(TrackedVersions(), "0001");
}

TEST_F(RollbackTest, FailureLeavesThatMigrationAppliedAndSaysWhatWasDone) {
  WriteTables(2);
  Write("0003_bad.sql",
        "-- +migrate Up\nCREATE TABLE t3 (id int);\n-- +migrate Down\nDROP TABLE t3;\n"
        "DROP TABLE no_such_table;\n");
  Write("0004_t4.sql",
        "-- +migrate Up\nCREATE TABLE t4 (id int);\n-- +migrate Down\nDROP TABLE t4;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback", "3"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("rollback of 0003_bad.sql failed at " +
                               (dir_.path() / "0003_bad.sql").string() + ":5:1"));
  EXPECT_THAT(r.err, HasSubstr("no_such_table"));
  EXPECT_THAT(r.err, HasSubstr("0003_bad.sql is still applied"));
  EXPECT_THAT(r.err, HasSubstr("already rolled back: 0004_t4.sql"));
  EXPECT_TRUE(TableExists("t3"));  // its Down was one transaction: nothing of it ran
  EXPECT_FALSE(TableExists("t4"));
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
}

TEST_F(RollbackTest, DryRunPrintsSqlAndRowCountsAndTouchesNothing) {
  Write("0001_users.sql",
        "-- +migrate Up\nCREATE TABLE users (id int, phone text);\n"
        "-- +migrate Down\nDROP TABLE users;\n");
  Write("0002_nick.sql",
        "-- +migrate Up\nALTER TABLE users ADD COLUMN nick text;\n"
        "-- +migrate Down\nALTER TABLE users DROP COLUMN nick;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO users VALUES (1, 'x', 'a'), (2, NULL, NULL), (3, NULL, 'c')");
  auto r = Tidemark({"migrate", "rollback", "--all", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("-- would roll back 0002_nick.sql"));
  EXPECT_THAT(r.out, HasSubstr("-- drops column users.nick (2 non-null in 3 rows)"));
  EXPECT_THAT(r.out, HasSubstr("-- drops table users (3 rows)\nDROP TABLE users;"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(Query("SELECT count(nick) FROM users"), "2");
  auto j = Tidemark({"--format", "json", "migrate", "rollback", "--dry-run"});
  auto parsed = nlohmann::json::parse(j.out);
  EXPECT_EQ(parsed["rolled_back"][0]["statements"][0]["data_loss"][0],
            "-- drops column users.nick (2 non-null in 3 rows)");
}

TEST_F(RollbackTest, NothingToRollBack) {
  auto r = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("nothing to roll back"));
}

TEST_F(RollbackTest, JsonReport) {
  WriteTables(2);
  auto up = Tidemark({"--format", "json", "migrate", "up"});
  auto j = nlohmann::json::parse(up.out);
  EXPECT_EQ(j["batch"], 1);
  EXPECT_EQ(j["applied"].size(), 2u);
  auto rb = Tidemark({"--format", "json", "migrate", "rollback", "--batch"});
  auto k = nlohmann::json::parse(rb.out);
  EXPECT_EQ(k["rolled_back"].size(), 2u);
  EXPECT_EQ(k["rolled_back"][0]["file"], "0002_t2.sql");
}

}  // namespace
}  // namespace tidemark::exec
