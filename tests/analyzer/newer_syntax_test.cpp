// Statements only newer PostgreSQL accepts (tests/corpus/newer_syntax.sql):
// each is split as one statement, classed unknown with PostgreSQL 15's
// message, and reported by lint's unparsable-statement rule.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyzer/analysis.h"
#include "analyzer/lint/config.h"
#include "analyzer/lint/engine.h"
#include "parser/migration.h"

namespace tidemark::analyzer {
namespace {

std::string ReadCorpus() {
  std::ifstream in(std::filesystem::path(TIDEMARK_SOURCE_DIR) / "tests" / "corpus" /
                   "newer_syntax.sql");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(NewerSyntaxTest, EachStatementIsSplitAndClassedUnknownWithTheGrammarsMessage) {
  parser::MigrationFile file = parser::ParseMigration("0001_newer.sql", ReadCorpus());
  ASSERT_EQ(file.up.statements.size(), 17u);
  MigrationAnalysis analysis = AnalyzeMigration(file);
  ASSERT_EQ(analysis.statements.size(), file.up.statements.size());
  for (const StatementAnalysis& s : analysis.statements) {
    const parser::Statement& st = *s.statement;
    SCOPED_TRACE(st.sql);
    EXPECT_FALSE(st.parsed);
    EXPECT_FALSE(st.parse_error.empty());
    EXPECT_GE(st.error_pos.line, st.pos.line);
    EXPECT_EQ(s.reversibility, Reversibility::kUnknown);
    EXPECT_NE(s.reason.find(st.parse_error), std::string::npos) << s.reason;
  }
  EXPECT_EQ(analysis.worst, Reversibility::kUnknown);
  EXPECT_FALSE(DownComplete(analysis.down));
}

TEST(NewerSyntaxTest, LintReportsEachStatementAsUnparsable) {
  parser::MigrationFile file = parser::ParseMigration("0001_newer.sql", ReadCorpus());
  lint::Linter linter(lint::DefaultConfig());
  lint::FileResult result = linter.Lint(file);
  size_t unparsable = 0;
  for (const lint::Finding& f : result.findings) {
    if (f.rule != "unparsable-statement") continue;
    ++unparsable;
    EXPECT_NE(f.message.find("PostgreSQL 15's grammar cannot parse"), std::string::npos)
        << f.message;
  }
  EXPECT_EQ(unparsable, file.up.statements.size());
}

}  // namespace
}  // namespace tidemark::analyzer
