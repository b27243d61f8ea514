// `migrate rollback` and `migrate down` on a real PostgreSQL through the binary.
#include <nlohmann/json.hpp>

#include "exec/executor_fixture.h"
#include "support/json_docs.h"

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
  EXPECT_THAT(batch.out, HasSubstr("\nBatch 2 rolled back: 3 migrations\n"));
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

TEST_F(RollbackTest, StopsAtAMigrationWithoutDownAndExitsSixWhenNothingRan) {
  Write("0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down\nDROP TABLE a;\n");
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  Write("0003_c.sql",
        "-- +migrate Up\nCREATE TABLE c (id int);\n-- +migrate Down\n-- only a comment\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto stopped = Tidemark({"migrate", "rollback", "3"});
  EXPECT_EQ(stopped.exit_code, 6);
  EXPECT_THAT(stopped.out, HasSubstr("skip 0003_c.sql (no down SQL)"));
  EXPECT_THAT(stopped.out, HasSubstr("stopped at 0003_c.sql: its Down holds no statement; "
                                     "it and the older 0002_b.sql, 0001_a.sql stay applied"));
  EXPECT_THAT(stopped.out, Not(HasSubstr("0002_b.sql (no down SQL)")));
  EXPECT_THAT(stopped.err,
              HasSubstr("nothing was rolled back; skipped: 0003_c.sql, 0002_b.sql, 0001_a.sql"));
  EXPECT_THAT(stopped.err, HasSubstr("tip: to roll 0003_c.sql back"));
  EXPECT_TRUE(TableExists("a"));  // never undone beneath 0003
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
}

TEST_F(RollbackTest, IrreversibleStops) {
  Write("0001_a.sql", "-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down irreversible\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "down"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_THAT(r.out, HasSubstr("skip 0001_a.sql (no down SQL)"));
  EXPECT_THAT(r.out, HasSubstr("its Down is declared irreversible; it stays applied"));
}

// The scenario: an enum value added without Down in the middle.
// Rolling back past it would leave the value while status says "pending".
TEST_F(RollbackTest, AllStopsAtEnumAddValueAndUpThenWorks) {
  Write("0001_mood.sql",
        "-- +migrate Up\nCREATE TYPE mood AS ENUM ('sad', 'ok');\n"
        "-- +migrate Down\nDROP TYPE mood;\n");
  Write("0002_happy.sql", "ALTER TYPE mood ADD VALUE 'happy';\n");
  Write("0003_people.sql",
        "-- +migrate Up\nCREATE TABLE people (m mood);\n-- +migrate Down\nDROP TABLE people;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback", "--all", "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("rolled back 0003_people.sql"));
  EXPECT_THAT(r.out, HasSubstr("skip 0002_happy.sql (no down SQL)"));
  EXPECT_THAT(r.out, HasSubstr("it and the older 0001_mood.sql stay applied"));
  EXPECT_THAT(r.out, HasSubstr("rolled back 1 migration, stopped at 0002_happy.sql"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(Query("SELECT to_regtype('mood') IS NOT NULL"), "t");
  auto up = Tidemark({"migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
  auto again = Tidemark({"migrate", "rollback", "--to", "0001"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  auto nothing = Tidemark({"migrate", "rollback", "--batch"});
  EXPECT_EQ(nothing.exit_code, 6);
  EXPECT_THAT(nothing.out, HasSubstr("skip 0002_happy.sql (no down SQL)"));
}

// A seed declared irreversible: the table it filled must not be dropped
// beneath it.
TEST_F(RollbackTest, IrreversibleSeedKeepsItsTable) {
  Write("0001_items.sql",
        "-- +migrate Up\nCREATE TABLE items (id int);\n-- +migrate Down\nDROP TABLE items;\n");
  Write("0002_seed.sql",
        "-- +migrate Up\nINSERT INTO items VALUES (1), (2);\n-- +migrate Down irreversible\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback", "--all", "--yes"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_THAT(r.out, HasSubstr("skip 0002_seed.sql (no down SQL)"));
  EXPECT_THAT(r.err, HasSubstr("nothing was rolled back; skipped: 0002_seed.sql, 0001_items.sql"));
  EXPECT_EQ(Query("SELECT count(*) FROM items"), "2");
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  auto j = nlohmann::json::parse(
      Tidemark({"--format", "json", "migrate", "rollback", "--all", "--yes"}).out);
  EXPECT_EQ(j["rolled_back"].size(), 0u);
  EXPECT_EQ(j["stopped_at"]["file"], "0002_seed.sql");
  EXPECT_EQ(j["stopped_at"]["kept"][0], "0001_items.sql");
  auto dry = Tidemark({"migrate", "rollback", "--all", "--dry-run"});
  EXPECT_EQ(dry.exit_code, 6);
  EXPECT_THAT(dry.out, Not(HasSubstr("would roll back 0001_items.sql")));
}

TEST_F(RollbackTest, BaselineStops) {
  WriteTables(3);
  ASSERT_EQ(Tidemark({"migrate", "baseline", "2"}).exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback", "--all", "--yes"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("skip 0002_t2.sql (no down SQL)"));
  EXPECT_THAT(r.out, HasSubstr("it is a baseline"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  auto none = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(none.exit_code, 6);
  EXPECT_THAT(none.err, HasSubstr("tip: 0002_t2.sql is a baseline"));
}

// Sonamu's scenario 1: run, roll back, fix the file, run again; scenario 3:
// a partial rollback of the newest ones.
TEST_F(RollbackTest, RunRollbackFixRunAgainAndPartialRollback) {
  WriteTables(3);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "rollback"}).exit_code, 0);
  Write("0003_t3.sql",
        "-- +migrate Up\nCREATE TABLE t3 (id int, name text);\n-- +migrate Down\nDROP TABLE t3;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_EQ(Query("SELECT count(*) FROM information_schema.columns WHERE table_name = 't3'"), "2");
  auto status = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(status.exit_code, 0) << status.out;
  auto partial = Tidemark({"migrate", "rollback", "2"});
  ASSERT_EQ(partial.exit_code, 0) << partial.err;
  EXPECT_EQ(TrackedVersions(), "0001");
  EXPECT_TRUE(TableExists("t1"));
  EXPECT_FALSE(TableExists("t2"));
}

// Applied out of order: --to keeps what was applied after the migrations it
// would undo, so those stay applied too, and it says so.
TEST_F(RollbackTest, ToNeverUndoesBeneathAMigrationItKeeps) {
  WriteTables(1);
  Write("0003_t3.sql",
        "-- +migrate Up\nCREATE TABLE t3 (id int);\n-- +migrate Down\nDROP TABLE t3;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  WriteTables(1, 2);
  ASSERT_EQ(Tidemark({"migrate", "up", "--allow-out-of-order"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001,0003,0002");
  auto r = Tidemark({"migrate", "rollback", "--to", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("nothing to roll back"));
  EXPECT_THAT(r.err, HasSubstr("0003_t3.sql stay applied although newer than --to 2"));
  EXPECT_EQ(TrackedVersions(), "0001,0003,0002");
}

TEST_F(RollbackTest, UsesUndoFileAndStopsWhenItIsMissing) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  Write("0001_a_undo.sql", "DROP TABLE a;\n");
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  Write("0002_b_undo.sql", "DROP TABLE b;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_THAT(Tidemark({"migrate", "status"}).out, ::testing::ContainsRegex("0002_b.sql .* yes"));
  dir_.Remove("0002_b_undo.sql");
  EXPECT_THAT(Tidemark({"migrate", "status"}).out, ::testing::ContainsRegex("0002_b.sql .* no"));
  auto skipped = Tidemark({"migrate", "rollback", "2"});
  EXPECT_EQ(skipped.exit_code, 6);
  EXPECT_THAT(skipped.out, HasSubstr("skip 0002_b.sql (no down SQL)"));
  EXPECT_TRUE(TableExists("b"));
  EXPECT_TRUE(TableExists("a"));
  Write("0002_b_undo.sql", "DROP TABLE b;\n");
  auto two = Tidemark({"migrate", "rollback", "2"});
  EXPECT_EQ(two.exit_code, 0) << two.err;
  EXPECT_FALSE(TableExists("a"));
  EXPECT_FALSE(TableExists("b"));
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
  EXPECT_EQ(s.exit_code, 5);
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
  // Fields, not SQL comments.
  EXPECT_EQ(parsed["rolled_back"][0]["statements"][0]["data_loss"][0],
            (nlohmann::json{{"kind", "column"},
                            {"object", "public.users.nick"},
                            {"note", "drops column users.nick (2 non-null in 3 rows)"}}));
  EXPECT_EQ(parsed["schema"], "tidemark.rollback/1");
  EXPECT_EQ(r.out.substr(r.out.rfind("-- dry run")),
            "-- dry run: would roll back 2 migrations; nothing was changed\n");
}

TEST_F(RollbackTest, ToAVersionNoMigrationHasIsRefused) {
  WriteTables(2);
  Write("0005_t5.sql",
        "-- +migrate Up\nCREATE TABLE t5 (id int);\n-- +migrate Down\nDROP TABLE t5;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback", "--to", "4"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--to 4: no migration has this version; the nearest are 0002 "
                               "(0002_t2.sql) and 0005 (0005_t5.sql)"));
  EXPECT_EQ(TrackedVersions(), "0001,0002,0005");
  dir_.Remove("0002_t2.sql");  // applied, file gone: its row still names it
  EXPECT_EQ(Tidemark({"migrate", "rollback", "--to", "2"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001,0002");
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
  testing::ExpectDocumented(j);
  EXPECT_EQ(j["schema"], "tidemark.up/1");
  EXPECT_TRUE(j["applied"][0]["execution_ms"].is_number());
  auto dry = Tidemark({"--format", "json", "migrate", "rollback", "--batch", "--dry-run"});
  testing::ExpectDocumented(nlohmann::json::parse(dry.out));
  auto rb = Tidemark({"--format", "json", "migrate", "rollback", "--batch"});
  auto k = nlohmann::json::parse(rb.out);
  testing::ExpectDocumented(k);
  EXPECT_EQ(k["schema"], "tidemark.rollback/1");
  EXPECT_EQ(k["batch"], 1);
  EXPECT_EQ(k["rolled_back"].size(), 2u);
  EXPECT_EQ(k["rolled_back"][0]["file"], "0002_t2.sql");
  // The same name for the same thing as `up` and `status`.
  EXPECT_TRUE(k["rolled_back"][0]["execution_ms"].is_number());
  auto status = Tidemark({"--format", "json", "migrate", "status"});
  testing::ExpectDocumented(nlohmann::json::parse(status.out));
  auto nothing = Tidemark({"--format", "json", "migrate", "rollback"});
  testing::ExpectDocumented(nlohmann::json::parse(nothing.out));
}

TEST_F(RollbackTest, QuietStillSaysWhatWasRolledBack) {
  WriteTables(2);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"-q", "migrate", "rollback", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, ::testing::ContainsRegex("^rolled back 0002_t2.sql \\([0-9]+ ms\\)\n"
                                              "rolled back 0001_t1.sql \\([0-9]+ ms\\)\n$"));
}

TEST_F(RollbackTest, ServerErrorNamesThePlaceInTheFile) {
  Write("0001_t.sql",
        "-- +migrate Up\nCREATE TABLE t (id int, name text);\n-- +migrate Down\n"
        "UPDATE t\n   SET nmae = 'x';\nDROP TABLE t;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(r.exit_code, 1);
  // Line 5, column 8: the unknown column, not the statement's start (4:1),
  // and one space after "ERROR:".
  EXPECT_THAT(
      r.err, HasSubstr("rollback of 0001_t.sql failed at " + (dir_.path() / "0001_t.sql").string() +
                       ":5:8: ERROR: column \"nmae\" of relation \"t\" does not exist\n"));
  EXPECT_EQ(TrackedVersions(), "0001");
}

}  // namespace
}  // namespace tidemark::exec
