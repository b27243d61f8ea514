// The differ against PostgreSQL: for each pair of schemas (built from SQL),
// the DDL that Diff(first, second) emits, run in one transaction on a
// database holding the first, must leave the second (read back from the
// server's catalogs and compared with a database built from the second's
// SQL). Each pair is checked both ways. The model is checked too: replaying
// the emitted DDL onto the first model leaves nothing more to diff.
#include "analyzer/differ.h"

#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "analyzer/catalog.h"
#include "exec/catalog_snapshot.h"
#include "parser/migration.h"
#include "support/scratch_db.h"

namespace tidemark::analyzer {
namespace {

struct DiffCase {
  const char* name;
  const char* first;
  const char* second;
  // Set when second -> first cannot be written: what the differ says instead.
  const char* back_refused = nullptr;
};

Catalog ModelOf(const std::string& sql) {
  parser::MigrationFile f = parser::ParseMigration("0001_x.sql", "-- +migrate Up\n" + sql);
  return ReplayHistory({f}, 1);
}

std::string Script(const std::vector<DownPart>& parts) {
  std::string out;
  for (const auto& p : parts) {
    out += p.generated ? p.sql + ";\n" : "-- tidemark: " + p.comment + "\n";
  }
  return out;
}

std::string Lines(const exec::SnapshotDiff& d) {
  std::string out;
  for (const auto& m : d.missing) out += "  wanted, not there: " + m + "\n";
  for (const auto& u : d.unexpected) out += "  there, not wanted: " + u + "\n";
  return out;
}

class DifferTest : public ::testing::TestWithParam<DiffCase> {
 protected:
  // Diff(from, to) run on a database holding `from` gives `to`.
  void Check(const std::string& from, const std::string& to) {
    std::vector<DownPart> parts = Diff(ModelOf(from), ModelOf(to));
    SCOPED_TRACE("from:\n" + from + "\nto:\n" + to + "\ndiff:\n" + Script(parts));
    for (const auto& p : parts) ASSERT_TRUE(p.generated) << p.comment;

    auto built = testing::ScratchDatabase::Create("diff");
    {
      pqxx::connection conn(built->ConnectionString());
      pqxx::nontransaction(conn).exec(from);
      pqxx::work tx(conn);
      for (const auto& p : parts) {
        try {
          tx.exec(p.sql);
        } catch (const std::exception& e) {
          FAIL() << p.sql << ": " << e.what();
        }
      }
      tx.commit();
    }
    auto wanted = testing::ScratchDatabase::Create("want");
    {
      pqxx::connection conn(wanted->ConnectionString());
      pqxx::nontransaction(conn).exec(to);
    }
    exec::SnapshotOptions options;
    options.column_positions = false;  // an added column goes last
    exec::SnapshotDiff d =
        exec::CompareSnapshots(exec::TakeSnapshot(wanted->ConnectionString(), options),
                               exec::TakeSnapshot(built->ConnectionString(), options));
    EXPECT_TRUE(d.equal()) << Lines(d);

    // On the model: `from` plus the emitted DDL has nothing left to diff.
    std::string replayed = from;
    for (const auto& p : parts) replayed += ";\n" + p.sql;
    std::vector<DownPart> rest = Diff(ModelOf(replayed), ModelOf(to));
    EXPECT_TRUE(rest.empty()) << "left to diff on the model:\n" << Script(rest);
  }
};

TEST_P(DifferTest, ForwardAndBack) {
  const DiffCase& c = GetParam();
  {
    SCOPED_TRACE("forward");
    Check(c.first, c.second);
  }
  SCOPED_TRACE("back");
  if (c.back_refused == nullptr) {
    Check(c.second, c.first);
    return;
  }
  std::vector<DownPart> parts = Diff(ModelOf(c.second), ModelOf(c.first));
  bool said = false;
  for (const auto& p : parts)
    said = said || (!p.generated && p.comment.find(c.back_refused) != std::string::npos);
  EXPECT_TRUE(said) << Script(parts);
}

TEST(DifferModelTest, EqualSchemasHaveNoDiff) {
  const char* sql =
      "CREATE TABLE a (id int PRIMARY KEY, n text NOT NULL DEFAULT '');\n"
      "CREATE INDEX a_n ON a (n);\n"
      "CREATE VIEW v AS SELECT id FROM a;\n"
      "COMMENT ON TABLE a IS 'x';";
  EXPECT_TRUE(Diff(ModelOf(sql), ModelOf(sql)).empty());
}

TEST(DifferModelTest, WhatCannotBeWrittenIsSaid) {
  std::vector<DownPart> parts =
      Diff(ModelOf("CREATE TYPE m AS ENUM ('a', 'b');"), ModelOf("CREATE TYPE m AS ENUM ('b');"));
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_FALSE(parts[0].generated);
  EXPECT_NE(parts[0].comment.find("cannot remove an enum value"), std::string::npos);

  parts = Diff(ModelOf("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);"),
               ModelOf("CREATE TABLE t (id int);"));
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_FALSE(parts[0].generated);
  EXPECT_NE(parts[0].comment.find("identity"), std::string::npos);
}

// Views are dropped before the change to a column they read and created
// again after it, dependents first on the way down.
TEST(DifferModelTest, ViewsGoAroundTheChangeOfAColumnTheyRead) {
  std::vector<DownPart> parts = Diff(ModelOf("CREATE TABLE t (a varchar(5));\n"
                                             "CREATE VIEW v1 AS SELECT a FROM t;\n"
                                             "CREATE VIEW v2 AS SELECT a FROM v1;"),
                                     ModelOf("CREATE TABLE t (a text);\n"
                                             "CREATE VIEW v1 AS SELECT a FROM t;\n"
                                             "CREATE VIEW v2 AS SELECT a FROM v1;"));
  std::vector<std::string> sql;
  sql.reserve(parts.size());
  for (const auto& p : parts) sql.push_back(p.sql);
  ASSERT_EQ(sql.size(), 5u) << Script(parts);
  EXPECT_EQ(sql[0], "DROP VIEW v2");
  EXPECT_EQ(sql[1], "DROP VIEW v1");
  EXPECT_NE(sql[2].find("TYPE text"), std::string::npos);
  EXPECT_NE(sql[3].find("VIEW v1"), std::string::npos);
  EXPECT_NE(sql[4].find("VIEW v2"), std::string::npos);
}

const DiffCase kCases[] = {
    {"NewTableWithForeignKeyIndexAndComment",
     "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);",
     "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
     "CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users"
     " ON DELETE CASCADE, total numeric(12,2) CHECK (total >= 0));\n"
     "CREATE INDEX orders_user ON orders (user_id);\n"
     "COMMENT ON TABLE orders IS 'what people bought';\n"
     "COMMENT ON COLUMN orders.total IS 'in cents';"},
    {"TablesThatReferenceEachOther", "CREATE TABLE keep (id int);",
     "CREATE TABLE keep (id int);\n"
     "CREATE TABLE a (id int PRIMARY KEY, b_id int);\n"
     "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);\n"
     "ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b;"},
    {"ColumnsAddedDroppedAndChanged",
     "CREATE TABLE t (id int PRIMARY KEY, a varchar(50), b int DEFAULT 1, c text NOT NULL,"
     " gone text);\n"
     "CREATE INDEX t_gone ON t (gone);",
     "CREATE TABLE t (id int PRIMARY KEY, a text, b bigint DEFAULT 2, c text,"
     " added int NOT NULL DEFAULT 0, note text COLLATE \"C\");"},
    {"ViewsOverAChangedColumn",
     "CREATE TABLE t (id int, a varchar(50));\n"
     "CREATE VIEW v1 AS SELECT id, a FROM t;\n"
     "CREATE VIEW v2 AS SELECT a FROM v1 WHERE id > 0;\n"
     "COMMENT ON VIEW v2 IS 'second';",
     "CREATE TABLE t (id int, a text);\n"
     "CREATE VIEW v1 AS SELECT id, a FROM t;\n"
     "CREATE VIEW v2 AS SELECT a FROM v1 WHERE id > 0;\n"
     "COMMENT ON VIEW v2 IS 'second';"},
    {"ViewDefinitionChangedAndViewOnIt",
     "CREATE TABLE t (id int, a int);\n"
     "CREATE VIEW base AS SELECT id FROM t;\n"
     "CREATE VIEW top AS SELECT id FROM base;",
     "CREATE TABLE t (id int, a int);\n"
     "CREATE VIEW base AS SELECT id, a FROM t WHERE a > 0;\n"
     "CREATE VIEW top AS SELECT id FROM base;\n"
     "CREATE VIEW extra AS SELECT a FROM base;"},
    {"MaterializedViewWithIndex",
     "CREATE TABLE t (id int, a int);\n"
     "CREATE MATERIALIZED VIEW m AS SELECT id, a FROM t;\n"
     "CREATE UNIQUE INDEX m_id ON m (id);",
     "CREATE TABLE t (id int, a int);\n"
     "CREATE MATERIALIZED VIEW m AS SELECT id, a, a * 2 AS b FROM t;\n"
     "CREATE UNIQUE INDEX m_id ON m (id);\n"
     "CREATE INDEX m_b ON m (b);"},
    {"EnumValuesAdded", "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE t (m mood);",
     "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\nCREATE TABLE t (m mood);",
     "cannot remove an enum value"},
    {"FunctionsAndTriggers",
     "CREATE TABLE t (id int, at timestamptz);\n"
     "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.at := now();"
     " RETURN NEW; END$$;",
     "CREATE TABLE t (id int, at timestamptz);\n"
     "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.at :="
     " clock_timestamp(); RETURN NEW; END$$;\n"
     "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT a + b';\n"
     "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();\n"
     "CREATE TRIGGER t_off BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();\n"
     "ALTER TABLE t DISABLE TRIGGER t_off;\n"
     "COMMENT ON FUNCTION add(int, int) IS 'sum';"},
    {"RowLevelSecurityAndPolicies", "CREATE TABLE t (owner text);",
     "CREATE TABLE t (owner text);\n"
     "ALTER TABLE t ENABLE ROW LEVEL SECURITY;\n"
     "ALTER TABLE t FORCE ROW LEVEL SECURITY;\n"
     "CREATE POLICY mine ON t USING (owner = current_user);"},
    {"ConstraintsChanged",
     "CREATE TABLE p (id int PRIMARY KEY, code text);\n"
     "CREATE TABLE c (id int, p_id int CONSTRAINT c_p REFERENCES p, n int CONSTRAINT c_n"
     " CHECK (n > 0));\n"
     "COMMENT ON CONSTRAINT c_n ON c IS 'positive';",
     "CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);\n"
     "CREATE TABLE c (id int, p_id int CONSTRAINT c_p REFERENCES p ON DELETE CASCADE, n int"
     " CONSTRAINT c_n CHECK (n >= 0));\n"
     "COMMENT ON CONSTRAINT c_n ON c IS 'positive';"},
    {"SchemasSequencesAndTypes", "CREATE TABLE t (id int);",
     "CREATE SCHEMA app;\n"
     "CREATE SEQUENCE app.ids START 100;\n"
     "CREATE TYPE app.pair AS (a int, b int);\n"
     "CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);\n"
     "CREATE TABLE app.things (id int DEFAULT nextval('app.ids'), p app.pair, n app.positive);\n"
     "CREATE TABLE t (id int);\n"
     "COMMENT ON SCHEMA app IS 'the app';"},
    {"CommentsChangedAndRemoved",
     "CREATE TABLE t (id int, a int);\n"
     "CREATE INDEX t_a ON t (a);\n"
     "COMMENT ON TABLE t IS 'old';\n"
     "COMMENT ON COLUMN t.a IS 'a';\n"
     "COMMENT ON INDEX t_a IS 'ix';",
     "CREATE TABLE t (id int, a int);\n"
     "CREATE INDEX t_a ON t (a);\n"
     "COMMENT ON TABLE t IS 'new';\n"
     "COMMENT ON COLUMN t.id IS 'id';"},
    {"IndexChanged",
     "CREATE TABLE t (id int, a int, b int);\n"
     "CREATE INDEX t_ab ON t (a);",
     "CREATE TABLE t (id int, a int, b int);\n"
     "CREATE INDEX t_ab ON t (a, b) WHERE b IS NOT NULL;\n"
     "CREATE UNIQUE INDEX t_id ON t (id);"},
};

INSTANTIATE_TEST_SUITE_P(Pairs, DifferTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<DiffCase>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace tidemark::analyzer
