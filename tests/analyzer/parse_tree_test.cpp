#include "analyzer/parse_tree.h"

#include <gtest/gtest.h>

namespace tidemark::analyzer {
namespace {

TEST(ParseTreeTest, ParsesStatements) {
  ParseTree tree = ParseTree::Parse("CREATE TABLE t (id int); DROP TABLE t");
  ASSERT_TRUE(tree.ok()) << tree.error();
  ASSERT_EQ(tree.size(), 2);
  EXPECT_TRUE(tree.stmt(0).has_create_stmt());
  EXPECT_TRUE(tree.stmt(1).has_drop_stmt());
}

TEST(ParseTreeTest, ReportsSyntaxErrorWithOffset) {
  ParseTree tree = ParseTree::Parse("SELECT 1; CREAT TABLE t ()");
  EXPECT_FALSE(tree.ok());
  EXPECT_NE(tree.error().find("syntax error"), std::string::npos);
  EXPECT_EQ(tree.error_offset(), 10u);
}

TEST(ParseTreeTest, RejectsPg16Syntax) {
  // SQL/JSON constructors arrived in PostgreSQL 16.
  ParseTree tree = ParseTree::Parse("SELECT JSON_OBJECT('a' VALUE 1)");
  EXPECT_FALSE(tree.ok());
}

TEST(ParseTreeTest, DeparsesRoundTrip) {
  ParseTree tree = ParseTree::Parse("alter table t add column x int not null default 0");
  ASSERT_TRUE(tree.ok());
  auto sql = Deparse(tree.result());
  ASSERT_TRUE(sql.has_value());
  EXPECT_EQ(*sql, "ALTER TABLE t ADD COLUMN x int NOT NULL DEFAULT 0");
  auto one = DeparseNode(tree.stmt(0));
  ASSERT_TRUE(one.has_value());
  EXPECT_EQ(*one, *sql);
}

TEST(ParseTreeTest, DeparseKeepsQuotedTableNames) {
  ParseTree tree = ParseTree::Parse("DROP TABLE \"Users\"");
  ASSERT_TRUE(tree.ok());
  auto sql = Deparse(tree.result());
  ASSERT_TRUE(sql.has_value());
  EXPECT_EQ(*sql, "DROP TABLE \"Users\"");
}

TEST(QuoteIdentifierTest, LeavesPlainNamesBare) {
  EXPECT_EQ(QuoteIdentifier("users"), "users");
  EXPECT_EQ(QuoteIdentifier("_x1"), "_x1");
  EXPECT_EQ(QuoteIdentifier("t_col_idx"), "t_col_idx");
}

TEST(QuoteIdentifierTest, UnreservedKeywordsStayBare) {
  EXPECT_EQ(QuoteIdentifier("name"), "name");
  EXPECT_EQ(QuoteIdentifier("action"), "action");
  EXPECT_EQ(QuoteIdentifier("data"), "data");
}

TEST(QuoteIdentifierTest, QuotesOtherKeywords) {
  EXPECT_EQ(QuoteIdentifier("select"), "\"select\"");    // reserved
  EXPECT_EQ(QuoteIdentifier("user"), "\"user\"");        // reserved
  EXPECT_EQ(QuoteIdentifier("between"), "\"between\"");  // column-name keyword
  EXPECT_EQ(QuoteIdentifier("left"), "\"left\"");        // type/function-name keyword
  EXPECT_EQ(QuoteIdentifier("order"), "\"order\"");
}

TEST(QuoteIdentifierTest, QuotesWhatPostgresWouldFold) {
  EXPECT_EQ(QuoteIdentifier("Users"), "\"Users\"");
  EXPECT_EQ(QuoteIdentifier("1abc"), "\"1abc\"");
  EXPECT_EQ(QuoteIdentifier("a b"), "\"a b\"");
  EXPECT_EQ(QuoteIdentifier("a$b"), "\"a$b\"");
  EXPECT_EQ(QuoteIdentifier("naïve"), "\"naïve\"");
  EXPECT_EQ(QuoteIdentifier(""), "\"\"");
}

TEST(QuoteIdentifierTest, DoublesEmbeddedQuotes) {
  EXPECT_EQ(QuoteIdentifier("say \"hi\""), "\"say \"\"hi\"\"\"");
}

TEST(QuoteIdentifierTest, QuotedNamesParseBackToTheSameName) {
  for (std::string name : {"Users", "select", "a\"b", "naïve", "x y", "user", "t_col_idx"}) {
    ParseTree tree = ParseTree::Parse("DROP TABLE " + QuoteIdentifier(name));
    ASSERT_TRUE(tree.ok()) << name;
    const auto& obj = tree.stmt(0).drop_stmt().objects(0).list().items(0);
    EXPECT_EQ(obj.string().sval(), name);
  }
}

TEST(QualifiedNameTest, JoinsSchemaAndName) {
  EXPECT_EQ(QualifiedName("", "t"), "t");
  EXPECT_EQ(QualifiedName("App", "t"), "\"App\".t");
}

TEST(QuoteLiteralTest, DoublesQuotes) {
  EXPECT_EQ(QuoteLiteral("it's"), "'it''s'");
  EXPECT_EQ(QuoteLiteral(""), "''");
}

TEST(QuoteLiteralTest, UsesEscapeStringForBackslashes) {
  EXPECT_EQ(QuoteLiteral("a\\b'c"), "E'a\\\\b''c'");
  ParseTree tree = ParseTree::Parse("SELECT " + QuoteLiteral("a\\b'c"));
  ASSERT_TRUE(tree.ok());
  const auto& val = tree.stmt(0).select_stmt().target_list(0).res_target().val();
  EXPECT_EQ(val.a_const().sval().sval(), "a\\b'c");
}

TEST(NeedsNoTransactionTest, ConcurrentForms) {
  EXPECT_TRUE(NeedsNoTransaction("CREATE INDEX CONCURRENTLY i ON t (a)"));
  EXPECT_FALSE(NeedsNoTransaction("CREATE INDEX i ON t (a)"));
  EXPECT_TRUE(NeedsNoTransaction("DROP INDEX CONCURRENTLY i"));
  EXPECT_FALSE(NeedsNoTransaction("DROP INDEX i"));
  EXPECT_TRUE(NeedsNoTransaction("REINDEX INDEX CONCURRENTLY i"));
  EXPECT_TRUE(NeedsNoTransaction("REINDEX (CONCURRENTLY) TABLE t"));
  EXPECT_FALSE(NeedsNoTransaction("REINDEX TABLE t"));
  EXPECT_TRUE(NeedsNoTransaction("ALTER TABLE tp DETACH PARTITION tp_1 CONCURRENTLY"));
  EXPECT_FALSE(NeedsNoTransaction("ALTER TABLE tp DETACH PARTITION tp_1"));
}

TEST(NeedsNoTransactionTest, OtherStatements) {
  EXPECT_TRUE(NeedsNoTransaction("VACUUM t"));
  EXPECT_TRUE(NeedsNoTransaction("VACUUM FULL t"));
  EXPECT_FALSE(NeedsNoTransaction("ANALYZE t"));
  EXPECT_TRUE(NeedsNoTransaction("ALTER SYSTEM SET work_mem = '64MB'"));
  EXPECT_TRUE(NeedsNoTransaction("CREATE DATABASE d"));
  EXPECT_TRUE(NeedsNoTransaction("DROP DATABASE d"));
  EXPECT_TRUE(NeedsNoTransaction("CREATE TABLESPACE ts LOCATION '/x'"));
  EXPECT_TRUE(NeedsNoTransaction("DROP TABLESPACE ts"));
  EXPECT_TRUE(NeedsNoTransaction("REINDEX DATABASE d"));
  EXPECT_FALSE(NeedsNoTransaction("REFRESH MATERIALIZED VIEW CONCURRENTLY mv"));
  EXPECT_FALSE(NeedsNoTransaction("ALTER TYPE mood ADD VALUE 'x'"));
  EXPECT_FALSE(NeedsNoTransaction("CREATE TABLE t (a int)"));
  EXPECT_FALSE(NeedsNoTransaction("not sql at all"));
}

}  // namespace
}  // namespace tidemark::analyzer
