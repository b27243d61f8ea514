// Mistyped input gets a usable message and exit 2, through the binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class InputChecks : public ::testing::Test {
 protected:
  void SetUp() override { dir_.Write("none.yml", "{}\n"); }
  testing::ProcessResult Run(std::vector<std::string> args) {
    std::vector<std::string> full = {"--dir", (dir_.path() / "migrations").string(), "--config",
                                     (dir_.path() / "none.yml").string()};
    full.insert(full.end(), args.begin(), args.end());
    return testing::RunTidemark(full);
  }
  testing::TempDir dir_;
};

TEST_F(InputChecks, MisspeltCommandsSayDidYouMean) {
  auto migrate = Run({"migrate", "stauts"});
  EXPECT_EQ(migrate.exit_code, 2);
  EXPECT_THAT(migrate.err, HasSubstr("unknown command \"stauts\" (did you mean `tidemark migrate "
                                     "status`?)"));
  auto top = testing::RunTidemark({"lnt"});
  EXPECT_EQ(top.exit_code, 2);
  EXPECT_THAT(top.err, HasSubstr("unknown command \"lnt\" (did you mean `tidemark lint`?)"));
  auto far = testing::RunTidemark({"migrate", "xyzzyq"});
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_THAT(far.err, HasSubstr("`tidemark migrate --help` lists the commands"));
  EXPECT_EQ(testing::RunTidemark({"--help"}).exit_code, 0);
}

TEST_F(InputChecks, CountsSayWhatIsAllowed) {
  for (const char* n : {"0", "abc", "-1"}) {
    auto r = Run({"migrate", "rollback", n});
    EXPECT_EQ(r.exit_code, 2) << n;
    EXPECT_THAT(r.err, HasSubstr("give a whole number, 1 or more; --all --yes undoes every"));
    EXPECT_THAT(r.err, Not(HasSubstr("17976931348623157")));
  }
  auto up = Run({"migrate", "up", "0"});
  EXPECT_EQ(up.exit_code, 2);
  EXPECT_THAT(up.err, HasSubstr("leave N out to apply every pending migration"));
  EXPECT_THAT(up.err, Not(HasSubstr("17976931348623157")));
}

TEST_F(InputChecks, UpToAVersionNoFileHasNamesTheNearest) {
  dir_.Write("migrations/0001_a.sql", "SELECT 1;\n");
  dir_.Write("migrations/0005_b.sql", "SELECT 1;\n");
  // Refused before connecting: the URL is never used.
  auto r = Run({"--database-url", "postgresql:///none?host=/nonexistent", "migrate", "up", "--to",
                "3", "--dry-run"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--to 3: no migration has this version; the nearest are 0001 "
                               "(0001_a.sql) and 0005 (0005_b.sql)"));
}

TEST_F(InputChecks, UnknownConfigKeysAreReportedWithASuggestion) {
  auto config = dir_.Write("c.yml", "dirr: sql\n");
  auto r = testing::RunTidemark({"--config", config.string(), "lint"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("c.yml:1:1: unknown key \"dirr\" (did you mean dir?)"));
  dir_.Write("c.yml", "dir: sql\nmigrate:\n  generate_undoo: true\n");
  auto nested = testing::RunTidemark({"--config", config.string(), "lint"});
  EXPECT_EQ(nested.exit_code, 2);
  EXPECT_THAT(nested.err, HasSubstr("c.yml:3:3: unknown key \"migrate.generate_undoo\" (did you "
                                    "mean migrate.generate_undo?)"));
  dir_.Write("c.yml", "zzzzzzzzzz: 1\n");
  auto far = testing::RunTidemark({"--config", config.string(), "lint"});
  EXPECT_THAT(far.err, HasSubstr("unknown key \"zzzzzzzzzz\" (known: dir, migrations_dir"));
}

TEST_F(InputChecks, LintOfAMissingPathIsNotNoProblems) {
  auto r = Run({"lint", (dir_.path() / "nosuch").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("no such file or directory"));
  EXPECT_THAT(r.err, HasSubstr("1 path not linted"));
  EXPECT_THAT(r.out, Not(HasSubstr("no problems")));
}

}  // namespace
}  // namespace tidemark::cli
