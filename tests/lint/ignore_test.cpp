// Ignore comments: what they silence, and which ones count as unused.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "analyzer/lint/engine.h"
#include "parser/inputs.h"
#include "support/tidemark_process.h"

namespace tidemark::analyzer::lint {
namespace {

FileResult LintText(const std::string& text, parser::MigrationFile* keep) {
  *keep = parser::ParseMigration("m.sql", text);
  static const Linter linter(DefaultConfig());
  return linter.Lint(*keep);
}

std::vector<std::string> Rules(const FileResult& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) out.push_back(f.rule + "@" + std::to_string(f.pos.line));
  return out;
}

const char* kDown = "\n-- +migrate Down irreversible\n";

TEST(LintIgnore, NextStatementOnly) {
  parser::MigrationFile f;
  FileResult r = LintText(std::string("-- +migrate Up\nSET lock_timeout = '1s';\n"
                                      "-- tidemark-ignore ban-drop-table\nDROP TABLE a;\n"
                                      "DROP TABLE b;\n") +
                              kDown,
                          &f);
  EXPECT_EQ(Rules(r), (std::vector<std::string>{"ban-drop-table@5"}));
  EXPECT_EQ(r.suppressed, 1);
}

TEST(LintIgnore, WithoutIdsSilencesEveryRuleThere) {
  parser::MigrationFile f;
  FileResult r =
      LintText(std::string("-- +migrate Up\n-- tidemark-ignore\nDROP TABLE a;\n") + kDown, &f);
  EXPECT_TRUE(r.findings.empty()) << Rules(r).front();
  EXPECT_EQ(r.suppressed, 2);  // ban-drop-table and require-lock-timeout
}

TEST(LintIgnore, BlockCommentInsideTheStatement) {
  parser::MigrationFile f;
  FileResult r = LintText(std::string("-- +migrate Up\nSET lock_timeout = '1s';\nDROP TABLE "
                                      "/* tidemark-ignore ban-drop-table */ a;\n") +
                              kDown,
                          &f);
  EXPECT_TRUE(r.findings.empty());
}

TEST(LintIgnore, WholeFileAndAliasesOfUnknownIds) {
  parser::MigrationFile f;
  FileResult r =
      LintText(std::string("-- tidemark-ignore-file ban-drop-table, require-lock-timeout\n"
                           "-- +migrate Up\nDROP TABLE a;\nDROP TABLE b;\n") +
                   kDown,
               &f);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(r.suppressed, 3);
}

TEST(LintIgnore, UnusedAndUnknownAreReported) {
  parser::MigrationFile f;
  FileResult r = LintText(std::string("-- +migrate Up\n-- tidemark-ignore ban-drop-table, "
                                      "bogus-rule\nCREATE TABLE t (id int);\n") +
                              kDown,
                          &f);
  EXPECT_EQ(Rules(r), (std::vector<std::string>{"unused-ignore@2", "unused-ignore@2"}));
  EXPECT_NE(r.findings[0].message.find("bogus-rule"), std::string::npos);
}

TEST(LintIgnore, LookalikesAreNotIgnores) {
  parser::MigrationFile f;
  FileResult r =
      LintText(std::string("-- +migrate Up\nSET lock_timeout = '1s';\n"
                           "-- tidemark-ignored ban-drop-table\nDROP TABLE a;\n"
                           "SELECT '-- tidemark-ignore ban-drop-table';\nDROP TABLE b;\n") +
                   kDown,
               &f);
  EXPECT_EQ(Rules(r), (std::vector<std::string>{"ban-drop-table@4", "ban-drop-table@6"}));
}

TEST(LintEngine, SameResultsOnAnyNumberOfThreads) {
  testing::TempDir dir;
  for (int i = 0; i < 50; ++i) {
    dir.Write(fmt::format("{:04}_m.sql", i + 1),
              i % 2 == 0 ? std::string("-- +migrate Up\nDROP TABLE a;\n") + kDown
                         : "-- +migrate Up\nCREATE INDEX i ON t (a);\n");
  }
  parser::Inputs inputs({dir.path().string()}, {});
  AnalysisSet analyzed(inputs);
  Linter linter(DefaultConfig());
  std::vector<FileResult> one = linter.LintAll(analyzed, 1);
  std::vector<FileResult> many = linter.LintAll(analyzed, 7);
  ASSERT_EQ(one.size(), 50U);
  ASSERT_EQ(one.size(), many.size());
  for (size_t i = 0; i < one.size(); ++i) {
    EXPECT_EQ(one[i].file, inputs.entries()[i].file);
    EXPECT_EQ(many[i].file, inputs.entries()[i].file);
    EXPECT_EQ(Rules(one[i]), Rules(many[i]));
  }
}

}  // namespace
}  // namespace tidemark::analyzer::lint
