// `tidemark lint` as a command: exit codes, --fail-on, config, inputs,
// parallel runs with a deterministic order.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "lint/lint_helpers.h"

namespace tidemark::testing {
namespace {

namespace fs = std::filesystem;

class LintCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tidemark-lint-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "migrations");
    Write(".tidemark.yml", "lint: {}\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p;
  }
  CliResult Lint(std::vector<std::string> args) {
    std::vector<std::string> all{"--config", (dir_ / ".tidemark.yml").string(), "lint"};
    all.insert(all.end(), args.begin(), args.end());
    return RunCli(all);
  }

  fs::path dir_;
};

const char* kClean =
    "-- +migrate Up\nCREATE TABLE t (id bigint);\n\n-- +migrate Down\nDROP TABLE t;\n";
const char* kWarningOnly =
    "-- +migrate Up\nSET lock_timeout = '1s';\nALTER TABLE users RENAME COLUMN a TO b;\n\n"
    "-- +migrate Down\nALTER TABLE users RENAME COLUMN b TO a;\n";
const char* kError = "-- +migrate Up\nDROP TABLE users;\n\n-- +migrate Down irreversible\n";

TEST_F(LintCli, CleanFileExitsZero) {
  CliResult r = Lint({Write("migrations/0001_a.sql", kClean).string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("no problems in 1 file (2 statements)"), std::string::npos) << r.out;
}

// lint judges a file with the migrations before it in its directory, as
// migrate analyze and undo do: integer to numeric(12,2) loses nothing.
TEST_F(LintCli, TypeChangesAreJudgedWithTheHistory) {
  Write("migrations/0001_a.sql",
        "-- +migrate Up\nCREATE TABLE t (id bigint PRIMARY KEY, price integer, n numeric(10,3));\n"
        "-- +migrate Down\nDROP TABLE t;\n");
  fs::path widen = Write("migrations/0002_b.sql",
                         "-- +migrate Up\nALTER TABLE t ALTER COLUMN price TYPE numeric(12,2);\n"
                         "ALTER TABLE t ALTER COLUMN n TYPE integer;\n");
  for (const std::string& path : {widen.string(), (dir_ / "migrations").string()}) {
    CliResult r = Lint({"--reporter", "gcc", path});
    EXPECT_EQ(r.out.find("0002_b.sql:2:1: warning: changing t.price to numeric(12,2) may"),
              std::string::npos)
        << path << "\n"
        << r.out;
    EXPECT_EQ(r.out.find("price from integer"), std::string::npos) << path << "\n" << r.out;
    EXPECT_NE(r.out.find("0002_b.sql:3:1: warning: changing t.n from numeric(10,3) to integer "
                         "rounds"),
              std::string::npos)
        << path << "\n"
        << r.out;
  }
  // Without its history (a file outside any migrations directory's order)
  // the target type alone decides.
  fs::path alone = Write("elsewhere/x.sql",
                         "-- +migrate Up\nALTER TABLE t ALTER COLUMN price TYPE numeric(12,2);\n");
  CliResult r = Lint({"--reporter", "gcc", alone.string()});
  EXPECT_NE(r.out.find("x.sql:2:1: warning: changing t.price to numeric(12,2) may truncate"),
            std::string::npos)
      << r.out;
}

TEST_F(LintCli, ErrorsExitOne) {
  CliResult r = Lint({"--reporter", "gcc", Write("migrations/0001_a.sql", kError).string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("[ban-drop-table]"), std::string::npos);
}

TEST_F(LintCli, FailOnDecidesWhetherWarningsFail) {
  std::string path = Write("migrations/0001_a.sql", kWarningOnly).string();
  EXPECT_EQ(Lint({path}).exit_code, 0);
  EXPECT_EQ(Lint({"--fail-on", "warning", path}).exit_code, 1);
  EXPECT_EQ(Lint({"--fail-on", "info", path}).exit_code, 1);
  Write(".tidemark.yml", "lint:\n  fail_on: warning\n");
  EXPECT_EQ(Lint({path}).exit_code, 1);
  EXPECT_EQ(Lint({"--fail-on", "error", path}).exit_code, 0);  // the flag wins
}

TEST_F(LintCli, ConfigChangesSeverityAndDisables) {
  std::string path = Write("migrations/0001_a.sql", kError).string();
  Write(".tidemark.yml", "lint:\n  rules:\n    ban-drop-table: warning\n");
  CliResult r = Lint({"--reporter", "gcc", path});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("warning: DROP TABLE users"), std::string::npos) << r.out;
  Write(".tidemark.yml", "lint:\n  disable: [ban-drop-table]\n");
  r = Lint({"--reporter", "gcc", path});
  EXPECT_EQ(r.out.find("ban-drop-table"), std::string::npos) << r.out;
  EXPECT_EQ(Lint({"--disable", "ban-drop-table", "--reporter", "gcc", path}).out.find("[ban-"),
            std::string::npos);
}

TEST_F(LintCli, BadConfigIsAUsageError) {
  std::string path = Write("migrations/0001_a.sql", kClean).string();
  Write(".tidemark.yml", "lint:\n  rules:\n    ban-drop-tabel: off\n");
  CliResult r = Lint({path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("did you mean ban-drop-table?"), std::string::npos) << r.err;
  Write(".tidemark.yml", "lint:\n  rules:\n    volatile-default: {stable_fns: [x]}\n");
  EXPECT_EQ(Lint({path}).exit_code, 2);
  Write(".tidemark.yml", "lint:\n  fail_on: sometimes\n");
  EXPECT_EQ(Lint({path}).exit_code, 2);
  Write(".tidemark.yml", "lint: {}\n");
  EXPECT_EQ(Lint({"--pg-version", "fifteen", path}).exit_code, 2);
  EXPECT_EQ(Lint({"--reporter", "xml", path}).exit_code, 2);
  EXPECT_EQ(Lint({"--disable", "no-such-rule", path}).exit_code, 2);
}

TEST_F(LintCli, MissingPathIsAnInputError) {
  CliResult r = Lint({(dir_ / "nope.sql").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("tidemark: "), std::string::npos);
  EXPECT_NE(r.err.find("no such file"), std::string::npos);
}

TEST_F(LintCli, UndoFileIsLintedWithItsMigration) {
  Write("migrations/0001_a.sql", "-- +migrate Up\nCREATE TABLE t (id int);\n");
  fs::path undo = Write("migrations/0001_a_undo.sql", "DROP TABLE t;\n");
  CliResult r =
      Lint({"--reporter", "gcc", undo.string(), (dir_ / "migrations/0001_a.sql").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out, "");  // linted once, with its Down: no missing-down
}

TEST_F(LintCli, ParallelRunsPrintTheSameOutputInTheSameOrder) {
  std::vector<std::string> files;
  for (int i = 1; i <= 60; ++i) {
    files.push_back(Write(fmt::format("migrations/{:04d}_m.sql", i),
                          i % 3 == 0 ? kError : (i % 3 == 1 ? kWarningOnly : kClean))
                        .string());
  }
  std::string folder = (dir_ / "migrations").string();
  CliResult one = Lint({"-j", "1", "--reporter", "gcc", folder});
  CliResult many = Lint({"-j", "8", "--reporter", "gcc", folder});
  EXPECT_EQ(one.out, many.out);
  EXPECT_EQ(one.exit_code, 1);
  // Files named one by one come out in the order given.
  std::vector<std::string> reversed(files.rbegin(), files.rend());
  std::vector<std::string> args{"-j", "8", "--reporter", "gcc"};
  args.insert(args.end(), reversed.begin(), reversed.end());
  CliResult given = Lint(args);
  EXPECT_LT(given.out.find("0060_m.sql"), given.out.find("0003_m.sql"));
}

TEST_F(LintCli, DirectoryProblemsAreFindings) {
  Write("migrations/0001_a.sql", kClean);
  Write("migrations/0001_b.sql", kClean);
  CliResult r = Lint({"--reporter", "gcc", (dir_ / "migrations").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("[duplicate-version]"), std::string::npos) << r.out;
}

TEST_F(LintCli, ListRules) {
  CliResult r = Lint({"--list-rules"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("require-lock-timeout"), std::string::npos);
}

TEST_F(LintCli, PgVersionChangesRules) {
  std::string path = Write("migrations/0001_a.sql",
                           "-- +migrate Up\nSET lock_timeout = '1s';\n"
                           "ALTER TABLE users ADD COLUMN active boolean DEFAULT true;\n\n"
                           "-- +migrate Down\nALTER TABLE users DROP COLUMN active;\n")
                         .string();
  EXPECT_EQ(Lint({"--reporter", "gcc", path}).out.find("volatile-default"), std::string::npos);
  EXPECT_NE(Lint({"--reporter", "gcc", "--pg-version", "10", path}).out.find("volatile-default"),
            std::string::npos);
}

}  // namespace
}  // namespace tidemark::testing
