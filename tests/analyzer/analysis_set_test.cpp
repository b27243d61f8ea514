// The one loader and the one analysis of a migration set: a file is judged
// with its directory's earlier migrations whichever way it is named.
#include "analyzer/analysis_set.h"

#include <gtest/gtest.h>

#include "parser/inputs.h"
#include "parser/parse_tree.h"
#include "support/tidemark_process.h"

namespace tidemark::analyzer {
namespace {

class AnalysisSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("0001_create.sql",
               "-- +migrate Up\nCREATE TABLE t (id bigint PRIMARY KEY, note text);\n"
               "-- +migrate Down\nDROP TABLE t;\n");
    dir_.Write("0002_drop_note.sql", "-- +migrate Up\nALTER TABLE t DROP COLUMN note;\n");
    dir_.Write("0003_later.sql", "-- +migrate Up\nCREATE TABLE later (id int);\n");
  }
  std::string Path(const std::string& name) const { return (dir_.path() / name).string(); }

  testing::TempDir dir_;
};

TEST_F(AnalysisSetTest, AFileNamedAloneIsJudgedWithItsHistory) {
  parser::Inputs alone({Path("0002_drop_note.sql")}, {0, /*with_history=*/true});
  parser::Inputs whole({dir_.path().string()}, {});
  AnalysisSet a(alone);
  AnalysisSet w(whole);
  ASSERT_EQ(a.migrations().size(), 1U);
  ASSERT_EQ(w.migrations().size(), 3U);
  const MigrationAnalysis& one = *a.migrations()[0].analysis;
  const MigrationAnalysis& same = *w.migrations()[1].analysis;
  // The dropped column's definition comes from 0001: the Down re-adds it.
  EXPECT_TRUE(DownComplete(one.down));
  EXPECT_EQ(RenderDown(one.down), RenderDown(same.down));
  EXPECT_EQ(one.worst, same.worst);
  EXPECT_EQ(a.migrations()[0].file->path(), Path("0002_drop_note.sql"));
  EXPECT_EQ(one.file, a.migrations()[0].file);
}

TEST_F(AnalysisSetTest, WithoutHistoryTheDropIsNotReversible) {
  parser::Inputs alone({Path("0002_drop_note.sql")}, {});
  AnalysisSet a(alone);
  ASSERT_EQ(a.migrations().size(), 1U);
  EXPECT_EQ(a.migrations()[0].analysis->worst, Reversibility::kUnknown);
}

TEST_F(AnalysisSetTest, HistoryIsReadOnlyUpToTheNewestFileAsked) {
  parser::Inputs alone({Path("0002_drop_note.sql")}, {0, /*with_history=*/true});
  ASSERT_EQ(alone.entries().size(), 1U);
  ASSERT_NE(alone.entries()[0].dir, nullptr);
  EXPECT_EQ(alone.entries()[0].dir->migrations.size(), 2U);
  EXPECT_EQ(alone.entries()[0].index, 1U);
}

TEST_F(AnalysisSetTest, AnUndoFileStandsForItsMigrationAndPathsAreReadOnce) {
  dir_.Write("0002_drop_note_undo.sql", "ALTER TABLE t ADD COLUMN note text;\n");
  parser::Inputs inputs(
      {Path("0002_drop_note_undo.sql"), Path("0002_drop_note.sql"), dir_.path().string()},
      {0, /*with_history=*/true});
  std::vector<std::string> names;
  for (const auto& e : inputs.entries()) names.push_back(e.file->filename);
  EXPECT_EQ(names,
            (std::vector<std::string>{"0002_drop_note.sql", "0001_create.sql", "0003_later.sql"}));
  AnalysisSet set(inputs);
  EXPECT_TRUE(DownComplete(set.migrations()[0].analysis->down));
}

TEST_F(AnalysisSetTest, MissingPathsAreErrorsAndOrphanUndoFilesWarnings) {
  dir_.Write("0009_gone_undo.sql", "SELECT 1;\n");
  parser::Inputs inputs({Path("nosuch.sql"), Path("0009_gone_undo.sql")}, {});
  ASSERT_EQ(inputs.errors().size(), 1U);
  EXPECT_EQ(parser::PathError(inputs.errors()[0]),
            Path("nosuch.sql") + ": no such file or directory");
  ASSERT_EQ(inputs.diagnostics().size(), 1U);
  EXPECT_EQ(inputs.diagnostics()[0].code, "orphan-undo-file");
  EXPECT_TRUE(inputs.entries().empty());
}

TEST_F(AnalysisSetTest, TypeChangesAreJudgedWithTheColumnsEarlierType) {
  dir_.Write(
      "0004_money.sql",
      "-- +migrate Up\nCREATE TABLE m (id int PRIMARY KEY, price integer, n numeric(10,3));\n");
  dir_.Write("0005_widen.sql",
             "-- +migrate Up\nALTER TABLE m ALTER COLUMN price TYPE numeric(12,2), "
             "ALTER COLUMN n TYPE integer, ALTER COLUMN id TYPE smallint;\n");
  parser::Inputs inputs({Path("0005_widen.sql")}, {0, /*with_history=*/true});
  AnalysisSet set(inputs);
  const auto& changes = set.migrations()[0].analysis->statements.at(0).type_changes;
  ASSERT_EQ(changes.size(), 3U);
  EXPECT_EQ(changes[0].from, "integer");
  EXPECT_EQ(changes[0].to, "numeric(12,2)");
  EXPECT_EQ(changes[0].forward.effect, ValueEffect::kExact);
  EXPECT_EQ(changes[1].forward.effect, ValueEffect::kLossy);    // rounds the 3 decimals
  EXPECT_EQ(changes[2].forward.effect, ValueEffect::kMayFail);  // out of smallint's range
}

TEST(StatementTree, IsParsedOnceAndSharedByCopies) {
  parser::MigrationFile file =
      parser::ParseMigration("m.sql", "-- +migrate Up\nCREATE TABLE a (id int);\n");
  ASSERT_EQ(file.up.statements.size(), 1U);
  const parser::Statement& st = file.up.statements[0];
  const parser::ParseTree& first = st.tree();
  parser::Statement copy = st;
  EXPECT_EQ(&first, &st.tree());
  EXPECT_EQ(&first, &copy.tree());
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(first.stmt(0).has_create_stmt());
}

}  // namespace
}  // namespace tidemark::analyzer
