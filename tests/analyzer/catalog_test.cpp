#include "analyzer/catalog.h"

#include <gtest/gtest.h>

#include "analyzer/parse_tree.h"

namespace tidemark::analyzer {
namespace {

Catalog Replay(const std::string& sql) {
  parser::MigrationFile f = parser::ParseMigration("0001_x.sql", "-- +migrate Up\n" + sql);
  return ReplayHistory({f}, 1);
}

QualName Public(const std::string& name) { return QualName{"public", name, false}; }

TEST(CatalogTest, NamesUnnamedConstraintsLikePostgres) {
  Catalog c = Replay(
      "CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE CHECK (a > 0), p int REFERENCES t(id),"
      " CHECK (a < id));");
  const TableDef* t = c.FindTable(Public("t"));
  ASSERT_NE(t, nullptr);
  for (const char* name : {"t_pkey", "t_a_key", "t_a_check", "t_p_fkey", "t_check"}) {
    EXPECT_NE(t->FindConstraint(name), nullptr) << name;
  }
  EXPECT_TRUE(c.RelationNameTaken("public", "t_a_key"));
  EXPECT_FALSE(c.RelationNameTaken("public", "t_a_check"));
  EXPECT_TRUE(c.ConstraintNameTaken("public", "t_a_check"));
}

TEST(CatalogTest, TracksColumnChanges) {
  Catalog c = Replay(
      "CREATE TABLE t (a int, b text);\n"
      "ALTER TABLE t ALTER COLUMN a TYPE bigint, ALTER COLUMN a SET DEFAULT 1;\n"
      "ALTER TABLE t RENAME COLUMN b TO body;\n"
      "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0;\n"
      "ALTER TABLE t DROP COLUMN c;");
  const TableDef* t = c.FindTable(Public("t"));
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->columns.size(), 2u);
  EXPECT_EQ(t->columns[1].colname(), "body");
  EXPECT_EQ(TypeKey(t->columns[0].type_name()), "int8");
  EXPECT_EQ(t->columns[0].constraints_size(), 1);
}

TEST(CatalogTest, DropColumnDropsItsIndexesAndConstraints) {
  Catalog c = Replay(
      "CREATE TABLE t (a int, b int, CHECK (a > b));\n"
      "CREATE INDEX t_ab ON t (a, b);\nCREATE INDEX t_b ON t (b);\n"
      "ALTER TABLE t DROP COLUMN a;");
  EXPECT_EQ(c.FindIndex(Public("t_ab")), nullptr);
  EXPECT_NE(c.FindIndex(Public("t_b")), nullptr);
  EXPECT_TRUE(c.FindTable(Public("t"))->constraints.empty());
}

TEST(CatalogTest, RenameTableMovesIndexesAndComments) {
  Catalog c = Replay(
      "CREATE TABLE t (a int);\nCREATE INDEX ON t (a);\nCOMMENT ON COLUMN t.a IS 'x';\n"
      "ALTER TABLE t RENAME TO u;");
  EXPECT_EQ(c.FindTable(Public("t")), nullptr);
  ASSERT_NE(c.FindTable(Public("u")), nullptr);
  const ObjectDef* ix = c.FindIndex(Public("t_a_idx"));
  ASSERT_NE(ix, nullptr);
  EXPECT_EQ(ix->table.name, "u");
  EXPECT_EQ(c.Comment("COLUMN public.u/a").value_or(""), "x");
}

TEST(CatalogTest, FunctionsByArgumentTypes) {
  Catalog c = Replay(
      "CREATE FUNCTION f(a integer, b text DEFAULT 'x', OUT c int) LANGUAGE sql AS $$ SELECT 1 "
      "$$;");
  EXPECT_NE(c.FindFunction("public.f(int4,text)"), nullptr);
  EXPECT_NE(c.FindFunctionByName(Public("f")), nullptr);
}

TEST(CatalogTest, EnumValuesFollowAddAndRename) {
  Catalog c = Replay(
      "CREATE TYPE m AS ENUM ('a', 'c');\nALTER TYPE m ADD VALUE 'b' BEFORE 'c';\n"
      "ALTER TYPE m RENAME VALUE 'a' TO 'z';");
  const ObjectDef* t = c.FindType(Public("m"));
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(Strings(t->stmt.create_enum_stmt().vals()), (std::vector<std::string>{"z", "b", "c"}));
}

}  // namespace
}  // namespace tidemark::analyzer
