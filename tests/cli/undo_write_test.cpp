// `migrate undo --write` fills only a missing or empty Down unless --force,
// through the binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(UndoWrite, KeepsAHandWrittenDownUnlessForced) {
  testing::TempDir dir;
  const std::string hand =
      "-- +migrate Up\nALTER TABLE users ADD COLUMN nick text;\n"
      "-- +migrate Down\nUPDATE users SET name = nick WHERE name IS NULL;\n"
      "ALTER TABLE users DROP COLUMN nick;\n";
  auto kept = dir.Write("0001_nick.sql", hand);
  auto empty = dir.Write("0002_t.sql",
                         "-- +migrate Up\nCREATE TABLE t (id int);\n-- +migrate Down\n-- later\n");
  auto missing = dir.Write("0003_u.sql", "CREATE TABLE u (id int);\n");
  auto r = testing::RunTidemark(
      {"migrate", "undo", "--write", kept.string(), empty.string(), missing.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("skip " + kept.string() + " (it has a Down; --force replaces it)"));
  EXPECT_EQ(testing::ReadWholeFile(kept), hand);
  EXPECT_THAT(testing::ReadWholeFile(empty), HasSubstr("DROP TABLE t"));
  EXPECT_THAT(testing::ReadWholeFile(missing), HasSubstr("DROP TABLE u"));

  auto forced = testing::RunTidemark({"migrate", "undo", "--write", "--force", kept.string()});
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_THAT(testing::ReadWholeFile(kept), Not(HasSubstr("UPDATE users")));
  EXPECT_EQ(testing::RunTidemark({"migrate", "undo", "--force", kept.string()}).exit_code, 2);
}

TEST(UndoWrite, KeepsAnUndoFileWithStatements) {
  testing::TempDir dir;
  auto up = dir.Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  auto undo = dir.Write("0001_a_undo.sql", "DELETE FROM audit WHERE t = 'a';\nDROP TABLE a;\n");
  auto r = testing::RunTidemark({"migrate", "undo", "--write", up.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("skip"));
  EXPECT_THAT(testing::ReadWholeFile(undo), HasSubstr("DELETE FROM audit"));
}

}  // namespace
}  // namespace tidemark::cli

namespace tidemark::cli {
namespace {

// `undo --check` judges a Down by what it does on the model, not by its
// text: a hand-written Down that restores data and reverses the Up passes;
// one that forgets part of the Up fails and says what is still to undo.
TEST(UndoCheck, JudgesTheDownOnTheModelAndSaysWhatIsLeft) {
  testing::TempDir dir;
  dir.Write("0001_users.sql",
            "-- +migrate Up\nCREATE TABLE users (id int PRIMARY KEY, name text);\n"
            "-- +migrate Down\nDROP TABLE users;\n");
  dir.Write("0002_nick.sql",
            "-- +migrate Up\nALTER TABLE users ADD COLUMN nick text;\n"
            "CREATE INDEX users_nick ON users (nick);\n"
            "-- +migrate Down\nUPDATE users SET name = nick WHERE name IS NULL;\n"
            "ALTER TABLE users DROP COLUMN nick;\n");
  auto ok = testing::RunTidemark({"--dir", dir.path().string(), "migrate", "undo", "--check"});
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;

  dir.Write("0003_email.sql",
            "-- +migrate Up\nALTER TABLE users ADD COLUMN email text;\n"
            "COMMENT ON COLUMN users.email IS 'login';\n"
            "CREATE TABLE audit (id int);\n"
            "-- +migrate Down\nDROP TABLE audit;\n");
  auto bad = testing::RunTidemark({"--dir", dir.path().string(), "migrate", "undo", "--check"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(
      bad.out,
      HasSubstr("0003_email.sql: the Down does not reverse the Up on the model; "
                "still to undo after it:\n    ALTER TABLE public.users DROP COLUMN email;"));
  EXPECT_THAT(bad.out, Not(HasSubstr("0002_nick.sql")));
  EXPECT_THAT(bad.out, Not(HasSubstr("0001_users.sql")));
}

}  // namespace
}  // namespace tidemark::cli
