#include "parser/migration.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace tidemark::parser {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

MigrationFile Parse(const std::string& text) { return ParseMigration("0001_t.sql", text); }

std::vector<std::string> Sqls(const Section& section) {
  std::vector<std::string> out;
  for (const Statement& s : section.statements) out.push_back(s.sql);
  return out;
}

const Diagnostic* Find(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  auto it = std::find_if(diagnostics.begin(), diagnostics.end(),
                         [&](const Diagnostic& d) { return d.code == code; });
  return it == diagnostics.end() ? nullptr : &*it;
}

TEST(SplitTest, DollarQuotedBodiesStayWhole) {
  auto f = Parse(
      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; SELECT 2; $$ LANGUAGE sql;\n"
      "CREATE FUNCTION g() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;\n"
      "SELECT 3;");
  EXPECT_THAT(
      Sqls(f.up),
      ElementsAre("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; SELECT 2; $$ LANGUAGE sql",
                  "CREATE FUNCTION g() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ "
                  "LANGUAGE plpgsql",
                  "SELECT 3"));
  EXPECT_TRUE(f.diagnostics.empty());
}

TEST(SplitTest, SemicolonsInStringsAndComments) {
  auto f = Parse(
      "SELECT 'a;b', E'c\\';d', \"we;ird\" FROM t; -- trailing; comment\n"
      "/* block; /* nested; */ still; */ SELECT 2;");
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 'a;b', E'c\\';d', \"we;ird\" FROM t", "SELECT 2"));
}

TEST(SplitTest, SeveralStatementsOnOneLine) {
  auto f = Parse("SELECT 1; SELECT 2;SELECT 3");
  ASSERT_EQ(f.up.statements.size(), 3u);
  EXPECT_EQ(f.up.statements[1].pos, (Position{1, 11}));
  EXPECT_EQ(f.up.statements[2].pos, (Position{1, 20}));
}

TEST(SplitTest, BeginAtomicBodiesStayWhole) {
  const std::string fn =
      "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql\n"
      "BEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN a ELSE 0 END;\n  SELECT a + b;\nEND";
  auto f = Parse(fn + ";\nSELECT 1;");
  EXPECT_THAT(Sqls(f.up), ElementsAre(fn, "SELECT 1"));
  EXPECT_TRUE(f.up.statements[0].parsed);
}

TEST(SplitTest, BeginAtomicWithUnparsableNeighbourUsesScannerSplit) {
  // A statement the PG15 grammar rejects forces the scanner-based split,
  // which must keep the BEGIN ATOMIC body whole too.
  const std::string fn =
      "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); "
      "INSERT INTO t VALUES (CASE WHEN true THEN 2 END); END";
  auto f = Parse(fn + ";\nALTER TABLE t MERGE PARTITIONS (a, b) INTO c;\nSELECT 1;");
  EXPECT_THAT(Sqls(f.up),
              ElementsAre(fn, "ALTER TABLE t MERGE PARTITIONS (a, b) INTO c", "SELECT 1"));
  EXPECT_TRUE(f.up.statements[0].parsed);
  EXPECT_FALSE(f.up.statements[1].parsed);
  EXPECT_THAT(f.up.statements[1].parse_error, HasSubstr("syntax error"));
  EXPECT_EQ(f.up.statements[1].error_pos, (Position{2, 15}));
  EXPECT_TRUE(f.up.statements[2].parsed);
  // Newer syntax is not an error of the file: the server may accept it.
  EXPECT_FALSE(HasErrors(f.diagnostics));
}

TEST(SplitTest, ParenthesisedRuleActionsStayWhole) {
  auto f = Parse("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\nSELECT 3;");
  EXPECT_THAT(
      Sqls(f.up),
      ElementsAre("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)", "SELECT 3"));
}

TEST(SplitTest, CrlfLineEndings) {
  auto f =
      Parse("-- +migrate Up\r\nSELECT 1;\r\nSELECT\r\n 2;\r\n-- +migrate Down\r\nSELECT 3;\r\n");
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 1", "SELECT\r\n 2"));
  EXPECT_THAT(Sqls(f.down), ElementsAre("SELECT 3"));
  EXPECT_EQ(f.up.statements[1].pos, (Position{3, 1}));
}

TEST(SplitTest, NoTrailingNewlineOrSemicolon) {
  auto f = Parse("-- +migrate Up\nSELECT 1");
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 1"));
}

TEST(SplitTest, EmptyStatementsAreDropped) {
  auto f = Parse(";;SELECT 1;;; ;");
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 1"));
}

TEST(SplitTest, PositionsAndByteRanges) {
  auto f = Parse("-- +migrate Up\n  -- lead comment\n  CREATE TABLE t (id int);\n");
  ASSERT_EQ(f.up.statements.size(), 1u);
  const Statement& s = f.up.statements[0];
  EXPECT_EQ(s.pos, (Position{3, 3}));
  EXPECT_EQ(s.end_pos, (Position{3, 25}));
  EXPECT_EQ(f.source.text().substr(s.begin, s.end - s.begin), s.sql);
}

TEST(SectionTest, CombinedFormatWithHeader) {
  auto f = Parse(
      "-- tidemark-baseline-hash: sha256:abc\n"
      "-- +migrate Up\nCREATE TABLE t (id int);\n"
      "-- +migrate Down\nDROP TABLE t;\n");
  EXPECT_TRUE(f.has_markers);
  EXPECT_EQ(f.header, "-- tidemark-baseline-hash: sha256:abc\n");
  EXPECT_THAT(Sqls(f.up), ElementsAre("CREATE TABLE t (id int)"));
  EXPECT_THAT(Sqls(f.down), ElementsAre("DROP TABLE t"));
  EXPECT_EQ(f.down_source(), DownSource::kSection);
  EXPECT_EQ(f.up.marker_pos.line, 2);
  EXPECT_EQ(f.down.marker_pos.line, 4);
  EXPECT_TRUE(f.diagnostics.empty());
}

TEST(SectionTest, MarkersWithOddSpacingAndCase) {
  auto f =
      Parse("   --   +MIGRATE   up   NoTransaction\nSELECT 1;\n\t--+migrate DOWN\nSELECT 2;\n");
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 1"));
  EXPECT_TRUE(f.up.notransaction);
  EXPECT_THAT(Sqls(f.down), ElementsAre("SELECT 2"));
  EXPECT_FALSE(f.down.notransaction);
}

TEST(SectionTest, NoMarkerIsOneUpSection) {
  auto f = Parse("CREATE TABLE t (id int);\n-- just a comment\n");
  EXPECT_FALSE(f.has_markers);
  EXPECT_TRUE(f.up.present);
  EXPECT_THAT(Sqls(f.up), ElementsAre("CREATE TABLE t (id int)"));
  EXPECT_FALSE(f.down.present);
  EXPECT_EQ(f.down_source(), DownSource::kNone);
}

TEST(SectionTest, CommentOnlyDownIsNoDown) {
  auto f = Parse("-- +migrate Up\nSELECT 1;\n-- +migrate Down\n-- nothing to undo\n\n");
  EXPECT_TRUE(f.down.present);
  EXPECT_TRUE(f.down.empty());
  EXPECT_EQ(f.down_source(), DownSource::kNone);
  EXPECT_EQ(f.EffectiveDown(), nullptr);
}

TEST(SectionTest, IrreversibleDown) {
  auto f = Parse("-- +migrate Up\nDELETE FROM t;\n-- +migrate Down irreversible\n");
  EXPECT_TRUE(f.down.irreversible);
  EXPECT_EQ(f.down_source(), DownSource::kIrreversible);
  EXPECT_EQ(f.EffectiveDown(), nullptr);
  EXPECT_TRUE(f.diagnostics.empty());
}

TEST(SectionTest, IrreversibleDownWithSqlWarns) {
  auto f = Parse("-- +migrate Up\nSELECT 1;\n-- +migrate Down irreversible\nSELECT 2;\n");
  const Diagnostic* d = Find(f.diagnostics, "irreversible-down-has-sql");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_EQ(d->pos.line, 4);
}

TEST(SectionTest, StatementBeginEndIsVerbatim) {
  auto f = Parse(
      "-- +migrate Up\nSELECT 1;\n-- +migrate StatementBegin\n"
      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
      "-- +migrate StatementEnd\nSELECT 2;\n");
  ASSERT_EQ(f.up.statements.size(), 3u);
  EXPECT_EQ(f.up.statements[1].sql,
            "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql");
  EXPECT_TRUE(f.up.statements[1].verbatim);
  EXPECT_EQ(f.up.statements[1].pos, (Position{4, 1}));
  EXPECT_EQ(f.up.statements[2].sql, "SELECT 2");
}

TEST(SectionTest, UnclosedStatementBeginIsAnError) {
  auto f = Parse("-- +migrate Up\n-- +migrate StatementBegin\nSELECT 1;\n");
  const Diagnostic* d = Find(f.diagnostics, "unterminated-statement-block");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->pos.line, 2);
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 1"));
}

TEST(SectionTest, StatementEndWithoutBegin) {
  auto f = Parse("-- +migrate Up\nSELECT 1;\n-- +migrate StatementEnd\n");
  EXPECT_NE(Find(f.diagnostics, "unmatched-statement-end"), nullptr);
}

TEST(SectionTest, MarkerTypoIsAnErrorWithPosition) {
  auto f = Parse("-- +migrate Upp\nSELECT 1;\n");
  const Diagnostic* d = Find(f.diagnostics, "unknown-marker");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kError);
  EXPECT_EQ(d->pos, (Position{1, 13}));
  EXPECT_THAT(d->message, HasSubstr("did you mean \"-- +migrate Up\""));
  EXPECT_TRUE(f.HasErrors());
}

TEST(SectionTest, UnknownOptionWarns) {
  auto f = Parse("-- +migrate Up notransation\nSELECT 1;\n");
  const Diagnostic* d = Find(f.diagnostics, "unknown-marker-option");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_FALSE(f.up.notransaction);
}

TEST(SectionTest, SqlBeforeFirstMarker) {
  auto f = Parse("-- header\nSELECT 0;\n-- +migrate Up\nSELECT 1;\n");
  const Diagnostic* d = Find(f.diagnostics, "sql-before-first-marker");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->pos, (Position{2, 1}));
  EXPECT_THAT(Sqls(f.up), ElementsAre("SELECT 1"));
}

TEST(SectionTest, DuplicateSection) {
  auto f = Parse("-- +migrate Up\nSELECT 1;\n-- +migrate Up\nSELECT 2;\n");
  const Diagnostic* d = Find(f.diagnostics, "duplicate-section");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->pos.line, 3);
}

TEST(SectionTest, MarkerInsideWordIsNotAMarker) {
  auto f = Parse("-- +migrated Up\nSELECT 1;\n");
  EXPECT_FALSE(f.has_markers);
  EXPECT_TRUE(f.diagnostics.empty());
}

TEST(BadInputTest, UnterminatedDollarQuote) {
  auto f = Parse("-- +migrate Up\nSELECT 1;\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1;\n");
  const Diagnostic* d = Find(f.diagnostics, "unterminated-token");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->pos, (Position{3, 36}));
  EXPECT_THAT(d->message, HasSubstr("dollar-quoted"));
  ASSERT_EQ(f.up.statements.size(), 2u);
  EXPECT_EQ(f.up.statements[0].sql, "SELECT 1");
  EXPECT_TRUE(f.up.statements[0].parsed);
  EXPECT_FALSE(f.up.statements[1].parsed);
  EXPECT_EQ(f.up.statements[1].pos, (Position{3, 1}));
}

TEST(BadInputTest, UnterminatedCommentAndQuote) {
  auto c = Parse("SELECT 1; /* never closed\nSELECT 2;");
  ASSERT_NE(Find(c.diagnostics, "unterminated-token"), nullptr);
  EXPECT_EQ(Find(c.diagnostics, "unterminated-token")->pos, (Position{1, 11}));
  auto q = Parse("SELECT 'abc;\nSELECT 2;");
  ASSERT_NE(Find(q.diagnostics, "unterminated-token"), nullptr);
  EXPECT_THAT(Find(q.diagnostics, "unterminated-token")->message, HasSubstr("quoted string"));
}

TEST(BadInputTest, BinaryJunk) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) % 256);
  auto f = Parse(junk);
  ASSERT_FALSE(f.diagnostics.empty());
  EXPECT_EQ(f.diagnostics[0].severity, Severity::kError);
  EXPECT_TRUE(f.diagnostics[0].code == "binary-file" || f.diagnostics[0].code == "invalid-utf8");
  EXPECT_TRUE(f.up.statements.empty());
}

TEST(BadInputTest, InvalidUtf8Position) {
  auto f = Parse("SELECT 1;\nSELECT '\xff';\n");
  const Diagnostic* d = Find(f.diagnostics, "invalid-utf8");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->pos, (Position{2, 9}));
}

TEST(BadInputTest, OverlongUtf8IsInvalid) {
  auto f = Parse("SELECT '\xc0\xaf';");
  EXPECT_NE(Find(f.diagnostics, "invalid-utf8"), nullptr);
}

TEST(BadInputTest, ValidUnicodeIsFine) {
  auto f = Parse("CREATE TABLE \"Ünïcødé 表\" (\"ключ\" int);");
  EXPECT_TRUE(f.diagnostics.empty());
  EXPECT_EQ(f.up.statements.size(), 1u);
}

TEST(BadInputTest, LargeFileSplitsWithoutCrash) {
  // About 24 MB: every statement must come back, in order.
  std::string text;
  const int kCount = 400000;
  for (int i = 0; i < kCount; ++i) {
    text += "INSERT INTO t (a, b) VALUES (" + std::to_string(i) + ", 'x;y');\n";
  }
  auto f = Parse(text);
  EXPECT_TRUE(f.diagnostics.empty());
  ASSERT_EQ(f.up.statements.size(), static_cast<size_t>(kCount));
  EXPECT_EQ(f.up.statements.back().pos.line, kCount);
}

TEST(ChecksumTest, IgnoresCommentsWhitespaceAndDown) {
  auto a = Parse("-- +migrate Up\nCREATE TABLE t (id int);\n-- +migrate Down\nDROP TABLE t;\n");
  auto b = Parse(
      "-- header comment\n-- +migrate Up\n-- why\nCREATE   TABLE t\n  (id int) ; /* x */\n"
      "-- +migrate Down\nDROP TABLE IF EXISTS t;\n");
  auto c = Parse("CREATE TABLE t (id int)");
  EXPECT_EQ(a.checksum.size(), 64u);
  EXPECT_EQ(a.checksum, b.checksum);
  EXPECT_EQ(a.checksum, c.checksum);
}

TEST(ChecksumTest, ChangesWithTheSql) {
  auto a = Parse("CREATE TABLE t (id int);");
  auto b = Parse("CREATE TABLE t (id bigint);");
  auto c = Parse("SELECT 'a  b';");
  auto d = Parse("SELECT 'a b';");
  EXPECT_NE(a.checksum, b.checksum);
  EXPECT_NE(c.checksum, d.checksum);  // whitespace inside strings matters
}

TEST(MarkerTest, MarkerTextInsideDollarQuoteLiteralAndCommentIsText) {
  auto f = Parse(
      "-- +migrate Up\n"
      "CREATE FUNCTION f() RETURNS int AS $body$\n"
      "-- +migrate Down\n"
      "SELECT 1 $body$ LANGUAGE sql;\n"
      "SELECT 'a\n"
      "-- +migrate StatementBegin\n"
      "b';\n"
      "SELECT E'c\\'\n"
      "-- +migrate Down\n"
      "d';\n"
      "/* outer /* inner */\n"
      "-- +migrate Down\n"
      "*/ SELECT 2;\n"
      "-- +migrate Down\n"
      "DROP FUNCTION f();\n");
  EXPECT_TRUE(f.diagnostics.empty());
  ASSERT_EQ(f.up.statements.size(), 4U);
  EXPECT_THAT(f.up.statements[0].sql, HasSubstr("-- +migrate Down\nSELECT 1 $body$"));
  EXPECT_THAT(f.up.statements[1].sql, HasSubstr("-- +migrate StatementBegin\nb'"));
  EXPECT_THAT(f.up.statements[2].sql, HasSubstr("-- +migrate Down\nd'"));
  EXPECT_EQ(f.down.marker_pos.line, 14);
  EXPECT_THAT(Sqls(f.down), ElementsAre("DROP FUNCTION f()"));
}

TEST(MarkerTest, UnterminatedDollarQuoteStillReportsItsPosition) {
  auto f = Parse("-- +migrate Up\nSELECT $x$ abc\n-- +migrate Down\nSELECT 1;\n");
  ASSERT_FALSE(f.diagnostics.empty());
  EXPECT_EQ(f.diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(f.diagnostics[0].pos.line, 2);
}

}  // namespace
}  // namespace tidemark::parser
