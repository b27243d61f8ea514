#include "exec/catalog_snapshot.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <pqxx/pqxx>

#include "support/scratch_db.h"

namespace tidemark::exec {
namespace {

class CatalogSnapshotTest : public testing::ScratchDbTest {
 protected:
  void Run(const std::string& sql) {
    pqxx::connection conn(ConnectionString());
    pqxx::nontransaction tx(conn);
    tx.exec(sql);
  }
  CatalogSnapshot Snap() { return TakeSnapshot(ConnectionString()); }
  // Runs `sql` and returns the difference it made.
  SnapshotDiff DiffOf(const std::string& sql) {
    CatalogSnapshot before = Snap();
    Run(sql);
    return CompareSnapshots(before, Snap());
  }
  static bool AnyContains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(text) != std::string::npos; });
  }
};

TEST_F(CatalogSnapshotTest, SameDatabaseTwiceIsEqual) {
  Run("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x')");
  SnapshotDiff diff = CompareSnapshots(Snap(), Snap());
  EXPECT_TRUE(diff.equal());
  EXPECT_TRUE(diff.order_notes.empty());
}

TEST_F(CatalogSnapshotTest, LinesAreSortedAndOneLineEach) {
  Run("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\nSELECT 1\n$$");
  CatalogSnapshot s = Snap();
  EXPECT_TRUE(std::is_sorted(s.lines.begin(), s.lines.end()));
  for (const auto& line : s.lines) EXPECT_EQ(line.find('\n'), std::string::npos) << line;
  EXPECT_TRUE(AnyContains(s.lines, "function public.f() "));
}

TEST_F(CatalogSnapshotTest, SeesAddedColumn) {
  Run("CREATE TABLE users (id int)");
  SnapshotDiff diff = DiffOf("ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT ''");
  EXPECT_FALSE(diff.equal());
  EXPECT_TRUE(diff.missing.empty());
  ASSERT_EQ(diff.unexpected.size(), 1u);
  EXPECT_EQ(diff.unexpected[0],
            "column public.users.email type=text nullable=false default=''::text identity=- "
            "generated=- collation=- position=2");
}

TEST_F(CatalogSnapshotTest, SeesTypeAndDefaultChanges) {
  Run("CREATE TABLE t (a int)");
  EXPECT_FALSE(DiffOf("ALTER TABLE t ALTER a TYPE bigint").equal());
  EXPECT_FALSE(DiffOf("ALTER TABLE t ALTER a SET DEFAULT 5").equal());
  EXPECT_FALSE(DiffOf("ALTER TABLE t ALTER a SET NOT NULL").equal());
}

TEST_F(CatalogSnapshotTest, SeesIndexAndInvalidIndex) {
  Run("CREATE TABLE t (a int, b int)");
  SnapshotDiff diff = DiffOf("CREATE INDEX t_a_idx ON t (a)");
  ASSERT_EQ(diff.unexpected.size(), 1u);
  EXPECT_NE(diff.unexpected[0].find("index public.t_a_idx def=CREATE INDEX t_a_idx ON public.t"),
            std::string::npos);
  EXPECT_FALSE(DiffOf("DROP INDEX t_a_idx; CREATE INDEX t_a_idx ON t (b)").equal());
}

TEST_F(CatalogSnapshotTest, SeesComment) {
  Run("CREATE TABLE t (a int)");
  SnapshotDiff diff = DiffOf("COMMENT ON COLUMN t.a IS 'the a\ncolumn'");
  ASSERT_EQ(diff.unexpected.size(), 1u);
  EXPECT_EQ(diff.unexpected[0], "comment table column public.t.a = the a\\ncolumn");
  EXPECT_FALSE(DiffOf("COMMENT ON TABLE t IS 'x'").equal());
}

TEST_F(CatalogSnapshotTest, SeesGrantAndRevokeRestoresEquality) {
  Run("CREATE TABLE t (a int); DROP ROLE IF EXISTS snapshot_reader; CREATE ROLE snapshot_reader");
  CatalogSnapshot before = Snap();
  Run("GRANT SELECT ON t TO snapshot_reader");
  SnapshotDiff diff = CompareSnapshots(before, Snap());
  ASSERT_EQ(diff.unexpected.size(), 1u);
  EXPECT_EQ(diff.unexpected[0], "grant relation public.t to snapshot_reader: SELECT");
  // Revoking leaves an explicit ACL equal to the default one: no difference.
  Run("REVOKE SELECT ON t FROM snapshot_reader; DROP ROLE snapshot_reader");
  EXPECT_TRUE(CompareSnapshots(before, Snap()).equal());
}

TEST_F(CatalogSnapshotTest, DropAndReAddColumnIsOnlyAnOrderNote) {
  Run("CREATE TABLE t (a int, b text, c int)");
  SnapshotDiff diff = DiffOf("ALTER TABLE t DROP COLUMN b; ALTER TABLE t ADD COLUMN b text");
  EXPECT_TRUE(diff.equal()) << ::testing::PrintToString(diff.missing)
                            << ::testing::PrintToString(diff.unexpected);
  ASSERT_EQ(diff.order_notes.size(), 2u);
  EXPECT_EQ(diff.order_notes[0], "column public.t.b moved from position 2 to 3");
  EXPECT_EQ(diff.order_notes[1], "column public.t.c moved from position 3 to 2");
}

TEST_F(CatalogSnapshotTest, ReAddedColumnWithOtherTypeIsADifference) {
  Run("CREATE TABLE t (a int, b text)");
  SnapshotDiff diff = DiffOf("ALTER TABLE t DROP COLUMN b; ALTER TABLE t ADD COLUMN b varchar");
  EXPECT_FALSE(diff.equal());
}

TEST_F(CatalogSnapshotTest, DroppedColumnAtTheEndLeavesNoNote) {
  Run("CREATE TABLE t (a int, b text)");
  SnapshotDiff diff = DiffOf("ALTER TABLE t DROP COLUMN b; ALTER TABLE t ADD COLUMN b text");
  EXPECT_TRUE(diff.equal());
  EXPECT_TRUE(diff.order_notes.empty());
}

TEST_F(CatalogSnapshotTest, SeesConstraintsViewsTypesTriggersPoliciesSequences) {
  Run("CREATE TABLE t (a int, b int)");
  const char* changes[] = {
      "ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID",
      "CREATE VIEW v AS SELECT a FROM t",
      "CREATE MATERIALIZED VIEW mv AS SELECT a FROM t",
      "CREATE TYPE mood AS ENUM ('sad', 'ok')",
      "ALTER TYPE mood ADD VALUE 'happy'",
      "CREATE TYPE pair AS (x int, y int)",
      "CREATE DOMAIN posint AS int CHECK (VALUE > 0)",
      "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
      "CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()",
      "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
      "CREATE POLICY p ON t USING (a > 0)",
      "CREATE SEQUENCE s START 10",
      "ALTER SEQUENCE s INCREMENT 2",
      "CREATE SCHEMA other",
      "CREATE TABLE other.t (id int GENERATED ALWAYS AS IDENTITY)",
      "CREATE EXTENSION IF NOT EXISTS pg_trgm",
  };
  for (const char* sql : changes) EXPECT_FALSE(DiffOf(sql).equal()) << sql;
}

TEST_F(CatalogSnapshotTest, LeavesOutTrackingSchema) {
  SnapshotDiff diff = DiffOf(
      "CREATE SCHEMA tidemark; CREATE TABLE tidemark.migrations (version text); "
      "COMMENT ON TABLE tidemark.migrations IS 'x'");
  EXPECT_TRUE(diff.equal()) << ::testing::PrintToString(diff.unexpected);
}

TEST_F(CatalogSnapshotTest, ExtensionMembersAreNotListed) {
  CatalogSnapshot before = Snap();
  Run("CREATE EXTENSION pg_trgm");
  SnapshotDiff diff = CompareSnapshots(before, Snap());
  EXPECT_EQ(diff.unexpected.size(), 1u) << ::testing::PrintToString(diff.unexpected);
  EXPECT_TRUE(AnyContains(diff.unexpected, "extension pg_trgm"));
}

TEST_F(CatalogSnapshotTest, CreateThenDropRestoresEquality) {
  CatalogSnapshot before = Snap();
  Run("CREATE TABLE t (id serial PRIMARY KEY, v text UNIQUE); CREATE INDEX ON t (lower(v))");
  Run("DROP TABLE t");
  EXPECT_TRUE(CompareSnapshots(before, Snap()).equal());
}

}  // namespace
}  // namespace tidemark::exec
