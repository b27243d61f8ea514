// A Down that changes a column's type back, on a real PostgreSQL: the
// generated Down uses PostgreSQL's assignment cast (no USING that would cut
// values silently), a too-long value makes the rollback fail and keeps the
// data, and `rollback --dry-run` says when changing back rounds values.
#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;

class TypeRevertTest : public ExecutorTest {
 protected:
  // Writes the generated Down of `file` into it.
  void WriteGeneratedDown(const std::string& file) {
    auto w = Tidemark({"migrate", "undo", "--write", (dir_.path() / file).string()});
    ASSERT_EQ(w.exit_code, 0) << w.out << w.err;
  }
};

TEST_F(TypeRevertTest, WideningVarcharRollsBackOnlyWhenEveryValueFits) {
  Write("0001_note.sql",
        "-- +migrate Up\nCREATE TABLE note (id int, body varchar(5));\n"
        "-- +migrate Down\nDROP TABLE note;\n");
  Write("0002_text.sql", "-- +migrate Up\nALTER TABLE note ALTER COLUMN body TYPE text;\n");
  WriteGeneratedDown("0002_text.sql");
  EXPECT_THAT(tidemark::testing::ReadWholeFile(dir_.path() / "0002_text.sql"),
              HasSubstr("ALTER TABLE note ALTER COLUMN body TYPE varchar(5);"));
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO note VALUES (1, 'short'), (2, 'much longer than five')");
  auto r = Tidemark({"migrate", "rollback"});
  // The assignment cast refuses the long value: the rollback fails and
  // nothing is cut (an explicit ::varchar(5) would have kept 'much ').
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.err, HasSubstr("value too long for type character varying(5)"));
  EXPECT_EQ(Query("SELECT body FROM note WHERE id = 2"), "much longer than five");
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  Exec("UPDATE note SET body = 'ok' WHERE id = 2");
  ASSERT_EQ(Tidemark({"migrate", "rollback"}).exit_code, 0);
  EXPECT_EQ(Query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                  "'note'::regclass AND attname = 'body'"),
            "character varying(5)");
}

TEST_F(TypeRevertTest, DryRunSaysWhenChangingBackRounds) {
  Write("0001_acct.sql",
        "-- +migrate Up\nCREATE TABLE acct (id int, balance integer);\n"
        "-- +migrate Down\nDROP TABLE acct;\n");
  Write("0002_cents.sql",
        "-- +migrate Up\nALTER TABLE acct ALTER COLUMN balance TYPE numeric(12,2);\n");
  WriteGeneratedDown("0002_cents.sql");
  auto analyze = Tidemark({"migrate", "analyze", (dir_.path() / "0002_cents.sql").string()});
  EXPECT_THAT(analyze.out, HasSubstr("conditional"));
  EXPECT_THAT(analyze.out, HasSubstr("rounds values to whole numbers"));
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO acct VALUES (1, 10.25), (2, 3), (3, NULL)");
  auto dry = Tidemark({"migrate", "rollback", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("-- changes column acct.balance from numeric(12,2) to integer, "
                                 "which rounds values to whole numbers without an error"));
  EXPECT_THAT(dry.out, HasSubstr("(2 non-null values)"));
  EXPECT_EQ(Query("SELECT balance FROM acct WHERE id = 1"), "10.25");  // untouched
}

}  // namespace
}  // namespace tidemark::exec
