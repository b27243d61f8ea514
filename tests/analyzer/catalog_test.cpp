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

// Found on kratos's migrations: a foreign key references the table, not its
// name, so renames of the table or of the referenced column carry it along.
TEST(CatalogTest, ForeignKeysFollowRenamesOfWhatTheyReference) {
  Catalog c = Replay(
      "CREATE TABLE requests (id int PRIMARY KEY, code int UNIQUE);\n"
      "CREATE TABLE methods (id int, request_id int REFERENCES requests (id),"
      " request_code int REFERENCES requests (code));\n"
      "ALTER TABLE requests RENAME TO flows;\n"
      "ALTER TABLE flows RENAME COLUMN code TO flow_code;");
  const TableDef* m = c.FindTable(Public("methods"));
  ASSERT_NE(m, nullptr);
  const pg_query::Constraint* by_id = m->FindConstraint("methods_request_id_fkey");
  const pg_query::Constraint* by_code = m->FindConstraint("methods_request_code_fkey");
  ASSERT_NE(by_id, nullptr);
  ASSERT_NE(by_code, nullptr);
  EXPECT_EQ(by_id->pktable().relname(), "flows");
  EXPECT_EQ(by_code->pktable().relname(), "flows");
  ASSERT_EQ(by_code->pk_attrs_size(), 1);
  EXPECT_EQ(StringOf(by_code->pk_attrs(0)), "flow_code");
}

// Found on hydra's migrations: dropping a unique index (CASCADE) or a key
// constraint drops the foreign keys it backs; dropping a table drops the
// foreign keys that reference it.
TEST(CatalogTest, DroppingAKeyDropsTheForeignKeysOnIt) {
  Catalog c = Replay(
      "CREATE TABLE client (pk int PRIMARY KEY, id text, code text, CONSTRAINT client_code_key"
      " UNIQUE (code));\n"
      "CREATE UNIQUE INDEX client_id_uq ON client (id);\n"
      "CREATE TABLE other (a int);\n"
      "CREATE TABLE flow (c text REFERENCES client (id), d text REFERENCES client (code),"
      " e int REFERENCES client, f int REFERENCES other (a), g int);\n"
      "DROP INDEX client_id_uq CASCADE;\n"
      "ALTER TABLE client DROP CONSTRAINT client_code_key CASCADE;\n"
      "DROP TABLE other CASCADE;");
  const TableDef* f = c.FindTable(Public("flow"));
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->FindConstraint("flow_c_fkey"), nullptr);
  EXPECT_EQ(f->FindConstraint("flow_d_fkey"), nullptr);
  EXPECT_NE(f->FindConstraint("flow_e_fkey"), nullptr);  // the primary key stays
  EXPECT_EQ(f->FindConstraint("flow_f_fkey"), nullptr);
  EXPECT_FALSE(c.ConstraintNameTaken("public", "flow_c_fkey"));
}

// An index dropped and created again under its name is listed once, so a
// Down that recreates its table creates it once.
TEST(CatalogTest, AnIndexCreatedAgainIsListedOnce) {
  Catalog c = Replay(
      "CREATE TABLE t (a int, b int);\n"
      "CREATE INDEX t_a_idx ON t (a);\n"
      "DROP INDEX t_a_idx;\n"
      "CREATE INDEX t_a_idx ON t (a, b);\n"
      "CREATE INDEX t_b_idx ON t (b);\n"
      "ALTER INDEX t_b_idx RENAME TO t_a2_idx;");
  auto indexes = c.IndexesOf(Public("t"));
  ASSERT_EQ(indexes.size(), 2u);
  EXPECT_EQ(indexes[0]->name.name, "t_a_idx");
  EXPECT_EQ(indexes[0]->stmt.index_stmt().index_params_size(), 2);
  EXPECT_EQ(indexes[1]->name.name, "t_a2_idx");
}

// A renamed serial column keeps the sequence PostgreSQL named after its old
// name (hydra's migrations 0053, 0054): the model holds it as what serial
// stands for, an integer NOT NULL column with the old sequence's nextval().
TEST(CatalogTest, ARenamedSerialColumnKeepsItsSequence) {
  Catalog c = Replay(
      "CREATE TABLE t (pk serial PRIMARY KEY);\n"
      "ALTER TABLE t RENAME pk TO pk_old;");
  const TableDef* t = c.FindTable(Public("t"));
  ASSERT_NE(t, nullptr);
  const pg_query::ColumnDef* col = t->FindColumn("pk_old");
  ASSERT_NE(col, nullptr);
  EXPECT_EQ(StringOf(col->type_name().names(col->type_name().names_size() - 1)), "int4");
  EXPECT_TRUE(col->is_not_null());
  bool old_sequence = false;
  for (const auto& n : col->constraints()) {
    if (n.constraint().contype() == pg_query::CONSTR_DEFAULT) {
      old_sequence = IsSerialDefault(n.constraint().raw_expr(), Public("t"), "pk");
    }
  }
  EXPECT_TRUE(old_sequence);
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
