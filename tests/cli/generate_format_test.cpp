// `migrate generate` follows pg-flux's file rules (`--format combined`: one
// file with the generated Down; `--generate-undo`: a separate _undo.sql;
// both: combined; neither: the forward file only), and what it writes passes
// its own checks: lint and `undo --check` at default settings, and a real
// rollback on PostgreSQL.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "support/scratch_db.h"
#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// The migration files of `dir` (forward and undo), sorted by name.
std::vector<std::string> Files(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.substr(name.size() - 4) == ".sql") out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class GenerateFormat : public ::testing::Test {
 protected:
  void SetUp() override {
    migrations_ = dir_.path() / "migrations";
    fs::create_directories(migrations_);
    dir_.Write("migrations/20260101_000000_mood.sql",
               "-- +migrate Up\nCREATE TYPE mood AS ENUM ('ok');\n\n"
               "-- +migrate Down\nDROP TYPE mood;\n");
  }

  // Runs `migrate generate --label LABEL --from up.sql ARGS...` in the
  // temporary directory, with its .tidemark.yml when the test wrote one.
  testing::ProcessResult Generate(const std::string& label, const std::string& up_sql,
                                  std::vector<std::string> args = {}) {
    fs::path up = dir_.Write("up-" + label + ".sql", up_sql);
    std::vector<std::string> argv = {
        "--dir",  migrations_.string(), "migrate", "generate", "--label", label,
        "--from", up.string()};
    fs::path config = dir_.path() / ".tidemark.yml";
    if (fs::exists(config)) argv.insert(argv.begin(), {"--config", config.string()});
    argv.insert(argv.end(), args.begin(), args.end());
    return testing::RunTidemark(argv);
  }

  // The one new file whose name ends in `suffix`.
  std::string Read(const std::string& suffix) {
    for (const auto& name : Files(migrations_)) {
      if (name.size() >= suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return testing::ReadWholeFile(migrations_ / name);
      }
    }
    ADD_FAILURE() << "no file ending in " << suffix;
    return "";
  }

  // lint and undo --check of the whole directory at default settings.
  void ExpectOwnChecksPass() {
    auto lint = testing::RunTidemark({"--dir", migrations_.string(), "lint"});
    EXPECT_EQ(lint.exit_code, 0) << lint.out << lint.err;
    EXPECT_THAT(lint.out, Not(HasSubstr("comment-only-down")));
    EXPECT_THAT(lint.out, Not(HasSubstr("irreversible-up-with-down")));
    auto check =
        testing::RunTidemark({"--dir", migrations_.string(), "migrate", "undo", "--check"});
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  }

  testing::TempDir dir_;
  fs::path migrations_;
};

TEST_F(GenerateFormat, NeitherFlagWritesOnlyTheForwardFile) {
  auto r = Generate("add_t", "CREATE TABLE t (id int);\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Files(migrations_).size(), 2u);
  std::string up = Read("_add_t.sql");
  EXPECT_THAT(up, HasSubstr("CREATE TABLE t (id int);"));
  EXPECT_THAT(up, Not(HasSubstr("+migrate Down")));
}

TEST_F(GenerateFormat, GenerateUndoWritesASeparateUndoFile) {
  auto r = Generate("add_t", "CREATE TABLE t (id int);\n", {"--generate-undo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Files(migrations_).size(), 3u);
  EXPECT_THAT(Read("_add_t.sql"), Not(HasSubstr("+migrate Down")));
  EXPECT_EQ(Read("_add_t_undo.sql"), "-- +migrate Down\nDROP TABLE t;\n");
  ExpectOwnChecksPass();
}

TEST_F(GenerateFormat, GenerateUndoFromTheConfigFile) {
  dir_.Write(".tidemark.yml", "migrate:\n  generate_undo: true\n");
  auto r = Generate("add_t", "CREATE TABLE t (id int);\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Read("_add_t_undo.sql"), "-- +migrate Down\nDROP TABLE t;\n");
}

TEST_F(GenerateFormat, CombinedWritesOneFileWithTheGeneratedDown) {
  auto r = Generate("add_t", "CREATE TABLE t (id int);\n", {"--format", "combined"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(Files(migrations_).size(), 2u);
  EXPECT_THAT(Read("_add_t.sql"),
              HasSubstr("CREATE TABLE t (id int);\n\n-- +migrate Down\nDROP TABLE t;\n"));
  ExpectOwnChecksPass();
}

TEST_F(GenerateFormat, CombinedFromTheConfigFileAndBothFlagsTogetherAreCombined) {
  dir_.Write(".tidemark.yml", "migrate:\n  format: combined\n");
  ASSERT_EQ(Generate("add_t", "CREATE TABLE t (id int);\n").exit_code, 0);
  ASSERT_EQ(Generate("add_u", "CREATE TABLE u (id int);\n", {"--generate-undo"}).exit_code, 0);
  ASSERT_EQ(Files(migrations_).size(), 3u);  // no _undo.sql
  EXPECT_THAT(Read("_add_t.sql"), HasSubstr("-- +migrate Down\nDROP TABLE t;\n"));
  EXPECT_THAT(Read("_add_u.sql"), HasSubstr("-- +migrate Down\nDROP TABLE u;\n"));
  // The flag wins over the config file.
  ASSERT_EQ(Generate("add_v", "CREATE TABLE v (id int);\n", {"--format", "separate"}).exit_code, 0);
  EXPECT_THAT(Read("_add_v.sql"), Not(HasSubstr("+migrate Down")));
}

TEST_F(GenerateFormat, AnEnumValueIsWrittenAsIrreversibleWithItsReason) {
  auto r = Generate("add_mood", "ALTER TYPE mood ADD VALUE 'sad';\n", {"--format", "combined"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("written as -- +migrate Down irreversible"));
  std::string text = Read("_add_mood.sql");
  EXPECT_THAT(text, HasSubstr("-- +migrate Down irreversible\n"));
  EXPECT_THAT(text, HasSubstr("-- tidemark: PostgreSQL cannot remove a value from an enum"));
  ExpectOwnChecksPass();
}

TEST_F(GenerateFormat, APartialDownKeepsTheGeneratedPartsAsComments) {
  auto r = Generate("mixed",
                    "CREATE TABLE t (id int,\n  note text);\nALTER TYPE mood ADD VALUE 'sad';\n",
                    {"--generate-undo"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string undo = Read("_mixed_undo.sql");
  EXPECT_THAT(undo, HasSubstr("-- +migrate Down irreversible\n"));
  EXPECT_THAT(undo, HasSubstr("\n-- DROP TABLE t;\n"));
  ExpectOwnChecksPass();
}

TEST_F(GenerateFormat, ADryRunWritesNothing) {
  auto dry = Generate("add_t", "CREATE TABLE t (id int);\n", {"--generate-undo", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_EQ(Files(migrations_).size(), 1u);
  EXPECT_THAT(dry.out, HasSubstr("_add_t_undo.sql\n-- +migrate Down\nDROP TABLE t;\n"));
}

TEST_F(GenerateFormat, UndoWriteFillsAnEnumMigrationWithAnIrreversibleDown) {
  dir_.Write("migrations/20260102_000000_sad.sql",
             "-- +migrate Up\nALTER TYPE mood ADD VALUE 'sad';\n");
  auto w = testing::RunTidemark({"--dir", migrations_.string(), "migrate", "undo", "--write"});
  ASSERT_EQ(w.exit_code, 0) << w.out << w.err;
  EXPECT_THAT(testing::ReadWholeFile(migrations_ / "20260102_000000_sad.sql"),
              HasSubstr("-- +migrate Down irreversible\n"));
  ExpectOwnChecksPass();
}

// On a real PostgreSQL: the separate _undo.sql that generate wrote is what
// rollback runs, and the irreversible one stops the stack with exit 6.
class GenerateFormatDb : public GenerateFormat {
 protected:
  void SetUp() override {
    GenerateFormat::SetUp();
    db_ = testing::ScratchDatabase::Create();
  }
  testing::ProcessResult Migrate(std::vector<std::string> args) {
    std::vector<std::string> argv = {"--dir", migrations_.string(), "--database-url", db_->Url(),
                                     "migrate"};
    argv.insert(argv.end(), args.begin(), args.end());
    return testing::RunTidemark(argv);
  }
  bool TableExists(const std::string& name) {
    pqxx::connection c(db_->ConnectionString());
    pqxx::work tx(c);
    return tx.exec1("SELECT to_regclass(" + tx.quote(name) + ") IS NOT NULL")[0].as<bool>();
  }
  std::unique_ptr<testing::ScratchDatabase> db_;
};

TEST_F(GenerateFormatDb, GeneratedFilesApplyAndRollBack) {
  ASSERT_EQ(Generate("add_t", "CREATE TABLE t (id int);\n", {"--generate-undo"}).exit_code, 0);
  auto up = Migrate({"up"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  EXPECT_TRUE(TableExists("t"));
  auto back = Migrate({"rollback"});
  ASSERT_EQ(back.exit_code, 0) << back.out << back.err;
  EXPECT_FALSE(TableExists("t"));
  ASSERT_EQ(Migrate({"up"}).exit_code, 0);

  ASSERT_EQ(Generate("add_mood", "ALTER TYPE mood ADD VALUE 'sad';\n", {"--format", "combined"})
                .exit_code,
            0);
  ASSERT_EQ(Migrate({"up"}).exit_code, 0);
  auto stop = Migrate({"rollback", "--all", "--yes"});
  EXPECT_EQ(stop.exit_code, 6) << stop.out << stop.err;
  EXPECT_THAT(stop.out + stop.err, HasSubstr("(no down SQL)"));
  EXPECT_TRUE(TableExists("t"));  // the stack stopped at the enum migration
}

}  // namespace
}  // namespace tidemark::cli
