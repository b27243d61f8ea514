// Recovery on a real PostgreSQL through the binary: `migrate repair`'s
// choices, `migrate down VERSION`, `migrate redo`, missing files, and
// `status --exit-code`.
#include <nlohmann/json.hpp>

#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class RecoveryTest : public ExecutorTest {
 protected:
  // Migration `version`_tN.sql creating table tN, with a Down dropping it.
  void WriteTable(int n) {
    std::string t = "t" + std::to_string(n);
    Write("000" + std::to_string(n) + "_" + t + ".sql",
          "-- +migrate Up\nCREATE TABLE " + t + " (id int);\n-- +migrate Down\nDROP TABLE " + t +
              ";\n");
  }
  // 0001_a.sql runs in autocommit and fails at its second statement: dirty.
  void MakeDirty() {
    Write("0001_a.sql",
          "-- +migrate Up notransaction\nCREATE TABLE a (id int);\n"
          "CREATE INDEX CONCURRENTLY a_idx ON missing_table (id);\n"
          "-- +migrate Down\nDROP TABLE a;\n");
    ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 1);
    ASSERT_EQ(Query("SELECT dirty FROM tidemark.migrations WHERE version = '0001'"), "t");
  }
};

TEST_F(RecoveryTest, RepairNeverGuessesADirtyMigration) {
  MakeDirty();
  auto refused = Tidemark({"migrate", "repair"});
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_THAT(refused.err, HasSubstr("0001_a.sql is dirty"));
  EXPECT_THAT(refused.err, HasSubstr("`tidemark migrate repair --applied 0001` if it now holds"));
  EXPECT_THAT(refused.err, HasSubstr("`tidemark migrate repair --pending 0001` if it holds none"));
  EXPECT_THAT(refused.err, HasSubstr("repair changed nothing"));
  EXPECT_EQ(Query("SELECT dirty FROM tidemark.migrations WHERE version = '0001'"), "t");

  auto up = Tidemark({"migrate", "up"});
  EXPECT_EQ(up.exit_code, 3);
  EXPECT_THAT(up.err, HasSubstr("repair --pending 0001"));
}

TEST_F(RecoveryTest, RepairPendingDeletesTheRowAfterAManualUndo) {
  MakeDirty();
  auto dry = Tidemark({"migrate", "repair", "--pending", "1", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("would delete the tracking row of 0001_a.sql (it would be "
                                 "pending: `migrate up` runs it again)"));
  EXPECT_THAT(dry.out, HasSubstr("-- dry run: nothing was changed"));
  EXPECT_EQ(TrackedVersions(), "0001");
  EXPECT_EQ(Query("SELECT dirty FROM tidemark.migrations WHERE version = '0001'"), "t");

  // The user undoes the partial run by hand and fixes the file.
  Exec("DROP TABLE a");
  Write("0001_a.sql",
        "-- +migrate Up notransaction\nCREATE TABLE a (id int);\n"
        "CREATE INDEX CONCURRENTLY a_idx ON a (id);\n-- +migrate Down\nDROP TABLE a;\n");
  auto repaired = Tidemark({"migrate", "repair", "--pending", "0001"});
  ASSERT_EQ(repaired.exit_code, 0) << repaired.err;
  EXPECT_THAT(repaired.out, HasSubstr("deleted the tracking row of 0001_a.sql"));
  EXPECT_EQ(TrackedVersions(), "");
  auto status = Tidemark({"migrate", "status"});
  EXPECT_THAT(status.out, ::testing::ContainsRegex("pending +0001_a.sql"));
  auto up = Tidemark({"migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_TRUE(TableExists("a_idx"));
  EXPECT_EQ(Tidemark({"migrate", "status", "--exit-code"}).exit_code, 0);
}

TEST_F(RecoveryTest, RepairAppliedAndJsonDryRun) {
  MakeDirty();
  auto dry = Tidemark({"--format", "json", "migrate", "repair", "--applied", "1", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  auto j = nlohmann::json::parse(dry.out);
  EXPECT_EQ(j["dry_run"], true);
  ASSERT_EQ(j["changes"].size(), 1u);
  EXPECT_EQ(j["changes"][0]["action"], "marked-applied");
  EXPECT_EQ(Query("SELECT dirty FROM tidemark.migrations WHERE version = '0001'"), "t");
  Exec("CREATE TABLE missing_table (id int); CREATE INDEX a_idx ON missing_table (id)");
  auto repaired = Tidemark({"migrate", "repair", "--applied", "1"});
  ASSERT_EQ(repaired.exit_code, 0) << repaired.err;
  EXPECT_THAT(repaired.out, HasSubstr("cleared the dirty mark of 0001_a.sql (it now counts as "
                                      "applied)"));
  EXPECT_EQ(Query("SELECT dirty FROM tidemark.migrations WHERE version = '0001'"), "f");
}

TEST_F(RecoveryTest, RepairRefusesNamesThatAreNotDirty) {
  WriteTable(1);
  WriteTable(3);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto unknown = Tidemark({"migrate", "repair", "--pending", "2"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("2: no applied migration has this version; the nearest "
                                     "applied are 0001 (0001_t1.sql) and 0003 (0003_t3.sql)"));
  auto clean = Tidemark({"migrate", "repair", "--pending", "3"});
  EXPECT_EQ(clean.exit_code, 2);
  EXPECT_THAT(clean.err, HasSubstr("0003_t3.sql is not dirty"));
  EXPECT_EQ(TrackedVersions(), "0001,0003");
}

TEST_F(RecoveryTest, DownVersionUndoesOnlyTheTopOfTheStack) {
  for (int i = 1; i <= 3; ++i) WriteTable(i);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto under = Tidemark({"migrate", "down", "2"});
  EXPECT_EQ(under.exit_code, 2);
  EXPECT_THAT(under.err, HasSubstr("down 2: 0003_t3.sql was applied after it and would stay "
                                   "applied (rollback is a stack"));
  EXPECT_THAT(under.err, HasSubstr("`tidemark migrate rollback 2`"));
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
  auto unknown = Tidemark({"migrate", "down", "7"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_THAT(unknown.err, HasSubstr("down 7: no applied migration has this version; the nearest "
                                     "applied is 0003 (0003_t3.sql)"));
  auto dry = Tidemark({"migrate", "down", "3", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("-- would roll back 0003_t3.sql"));
  EXPECT_TRUE(TableExists("t3"));
  auto top = Tidemark({"migrate", "down", "0003"});
  ASSERT_EQ(top.exit_code, 0) << top.err;
  EXPECT_THAT(top.out, HasSubstr("rolled back 0003_t3.sql"));
  EXPECT_FALSE(TableExists("t3"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  auto pending = Tidemark({"migrate", "down", "3"});
  EXPECT_EQ(pending.exit_code, 2);
  EXPECT_THAT(pending.err, HasSubstr("the nearest applied is 0002 (0002_t2.sql)"));
  ASSERT_EQ(Tidemark({"migrate", "down", "2"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001");
}

TEST_F(RecoveryTest, RedoRollsBackAndAppliesAgain) {
  WriteTable(1);
  WriteTable(2);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO t2 VALUES (1)");
  auto dry = Tidemark({"migrate", "redo", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("-- would roll back 0002_t2.sql (Down from"));
  EXPECT_THAT(dry.out, HasSubstr("-- drops table t2 (1 row)\nDROP TABLE t2;"));
  EXPECT_THAT(dry.out, HasSubstr("-- would apply 0002_t2.sql\nCREATE TABLE t2 (id int);"));
  EXPECT_EQ(Query("SELECT count(*) FROM t2"), "1");

  auto redo = Tidemark({"migrate", "redo"});
  ASSERT_EQ(redo.exit_code, 0) << redo.err;
  EXPECT_THAT(redo.out, HasSubstr("rolled back 0002_t2.sql"));
  EXPECT_THAT(redo.out, HasSubstr("applied 0002_t2.sql"));
  EXPECT_THAT(redo.out, HasSubstr("redid 0002_t2.sql (batch 2)"));
  EXPECT_EQ(Query("SELECT count(*) FROM t2"), "0");  // dropped and created again
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(Query("SELECT batch FROM tidemark.migrations WHERE version = '0002'"), "2");
}

TEST_F(RecoveryTest, RedoRefusesAMigrationWithoutDown) {
  WriteTable(1);
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto r = Tidemark({"migrate", "redo"});
  EXPECT_EQ(r.exit_code, 6);
  EXPECT_THAT(r.err, HasSubstr("cannot redo 0002_b.sql: it has no Down section and no _undo.sql"));
  EXPECT_TRUE(TableExists("b"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
}

TEST_F(RecoveryTest, MissingFilesAreWarnedAboutWithTheirRollbackability) {
  WriteTable(1);
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  dir_.Remove("0001_t1.sql");
  dir_.Remove("0002_b.sql");
  WriteTable(3);
  for (const char* command : {"status", "up"}) {
    auto r = Tidemark({"migrate", command});
    EXPECT_THAT(r.err, HasSubstr("warning: 0001_t1.sql is applied but its file is missing from "))
        << command;
    EXPECT_THAT(r.err, HasSubstr("(the migration directory is corrupt, or this is an older release "
                                 "of the files); it can still be rolled back: the Down stored"))
        << command;
    EXPECT_THAT(r.err, HasSubstr("0002_b.sql is applied but its file is missing from"));
    EXPECT_THAT(r.err, HasSubstr("it cannot be rolled back: its file is gone and no Down was "
                                 "stored when applied"))
        << command;
  }
  auto quiet = Tidemark({"-q", "migrate", "status"});
  EXPECT_THAT(quiet.err, Not(HasSubstr("warning")));
}

TEST_F(RecoveryTest, StatusExitCodesTellPendingFromErrors) {
  WriteTable(1);
  auto pending = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(pending.exit_code, 5);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_EQ(Tidemark({"migrate", "status", "--exit-code"}).exit_code, 0);
  dir_.Remove("0001_t1.sql");
  EXPECT_EQ(Tidemark({"migrate", "status", "--exit-code"}).exit_code, 5);  // missing
  auto broken = testing::RunTidemark({"--dir", dir_.path().string(), "--database-url",
                                      Url() + "_nosuch", "migrate", "status", "--exit-code"});
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_THAT(broken.err, HasSubstr("cannot connect"));
}

}  // namespace
}  // namespace tidemark::exec
