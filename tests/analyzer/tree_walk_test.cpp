// The generated tree walker (analyzer/tree_walk.h) against protobuf's
// reflection, which it replaces in the product: the same children in the same
// order, the same location fields, the same statement names. Reflection is
// the oracle here, in the test only.
#include "analyzer/tree_walk.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer/tree_util.h"
#include "parser/parse_tree.h"

namespace tidemark::analyzer {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

std::vector<const Message*> ReflectedChildren(const Message& m) {
  std::vector<const Message*> out;
  const auto* refl = m.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  refl->ListFields(m, &fields);
  for (const FieldDescriptor* f : fields) {
    if (f->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (f->is_repeated()) {
      for (int i = 0; i < refl->FieldSize(m, f); ++i)
        out.push_back(&refl->GetRepeatedMessage(m, f, i));
    } else {
      out.push_back(&refl->GetMessage(m, f));
    }
  }
  return out;
}

// Compares the walker with reflection at every message of the tree; counts
// the messages seen.
void ExpectSameChildren(const Message& m, int* seen) {
  ++*seen;
  std::vector<const Message*> walked;
  ForEachChild(m, [&](const Message& c) { walked.push_back(&c); });
  std::vector<const Message*> mutable_walked;
  std::unique_ptr<Message> copy(m.New());
  copy->CopyFrom(m);
  ForEachMutableChild(copy.get(), [&](Message* c) { mutable_walked.push_back(c); });
  ASSERT_EQ(walked, ReflectedChildren(m)) << m.GetTypeName();
  ASSERT_EQ(mutable_walked, ReflectedChildren(*copy)) << m.GetTypeName();
  for (const Message* c : walked) ExpectSameChildren(*c, seen);
}

// Nonzero location fields left anywhere in the tree, by reflection.
int LocationsLeft(const Message& m) {
  int left = 0;
  const auto* refl = m.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  refl->ListFields(m, &fields);
  for (const FieldDescriptor* f : fields) {
    if (f->cpp_type() == FieldDescriptor::CPPTYPE_INT32 &&
        (f->name() == "location" || f->name() == "stmt_location" || f->name() == "stmt_len")) {
      ++left;
    }
  }
  for (const Message* c : ReflectedChildren(m)) left += LocationsLeft(*c);
  return left;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every statement kind the bundled examples and a hand-picked set use.
std::vector<std::string> Sources() {
  return {
      ("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a int DEFAULT 1 "
       "CHECK (a > 0), b text COLLATE \"C\" REFERENCES u (x) ON DELETE CASCADE) PARTITION BY RANGE "
       "(id);"),
      ("SELECT a.x, count(*) FILTER (WHERE b > 1) OVER (PARTITION BY c ORDER BY d) FROM a JOIN b "
       "USING (y) "
       "WHERE a.z IN (SELECT 1 UNION SELECT 2) AND EXISTS (SELECT) GROUP BY 1 HAVING sum(x) > 2 "
       "ORDER BY 1 DESC NULLS LAST LIMIT 3;"),
      ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) "
       "INSERT INTO t (a) SELECT n FROM r ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b RETURNING "
       "*;"),
      ("CREATE FUNCTION f(a int, b text DEFAULT 'x') RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
       "RETURN NEW; END $$;"),
      ("CREATE TRIGGER tr BEFORE UPDATE OF a ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) "
       "EXECUTE FUNCTION f();"),
      ("ALTER TABLE t ADD COLUMN c numeric(12, 2)[] NOT NULL DEFAULT '{}', ALTER COLUMN a TYPE "
       "bigint "
       "USING a::bigint, DROP CONSTRAINT k; ALTER TABLE t ATTACH PARTITION p FOR VALUES FROM (1) "
       "TO (10);"),
      ("CREATE INDEX CONCURRENTLY i ON t USING gin ((lower(b)) gin_trgm_ops) INCLUDE (c) "
       "WHERE a IS NOT NULL;"),
      ("CREATE VIEW v WITH (security_barrier) AS SELECT CASE WHEN a = 1 THEN 'x' ELSE NULL END, "
       "COALESCE(b, 'y'), ROW(1, 2), (ARRAY[1, 2])[1], $1::int FROM t;"),
      "CREATE POLICY p ON t FOR SELECT TO app USING (owner = current_user);",
      "GRANT SELECT, UPDATE (a) ON t TO app WITH GRANT OPTION;",
      "CREATE TYPE e AS ENUM ('a', 'b'); CREATE DOMAIN d AS int CHECK (VALUE > 0);",
      "COMMENT ON COLUMN t.a IS 'x'; DO $$ BEGIN END $$; SET search_path = app, public;",
  };
}

TEST(TreeWalk, TheSameChildrenAsReflectionInTheSameOrder) {
  int seen = 0;
  for (const std::string& sql : Sources()) {
    parser::ParseTree tree = parser::ParseTree::Parse(sql);
    ASSERT_TRUE(tree.ok()) << sql << ": " << tree.error();
    ExpectSameChildren(tree.result(), &seen);
  }
  EXPECT_GT(seen, 500);
  // And every golden case (history, Up and expected Down are one script).
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(TIDEMARK_SOURCE_DIR) / "tests/golden/analyzer")) {
    parser::ParseTree tree = parser::ParseTree::Parse(ReadFile(entry.path().string()));
    if (!tree.ok()) continue;
    ++files;
    ExpectSameChildren(tree.result(), &seen);
  }
  EXPECT_GT(files, 200);
}

TEST(TreeWalk, StripLocationsLeavesNone) {
  for (const std::string& sql : Sources()) {
    parser::ParseTree tree = parser::ParseTree::Parse(sql);
    pg_query::ParseResult copy = tree.result();
    ASSERT_GT(LocationsLeft(copy), 0) << sql;
    StripLocations(&copy);
    EXPECT_EQ(LocationsLeft(copy), 0) << sql;
  }
}

TEST(TreeWalk, SameTreeIgnoresOnlyLocations) {
  auto first = [](const std::string& sql) {
    parser::ParseTree tree = parser::ParseTree::Parse(sql);
    return tree.stmt(0);
  };
  EXPECT_TRUE(SameTree(first("ALTER TABLE t ADD b int;"), first("ALTER   TABLE t\n  ADD b int;")));
  EXPECT_FALSE(SameTree(first("ALTER TABLE t ADD b int;"), first("ALTER TABLE t ADD b bigint;")));
  EXPECT_FALSE(SameTree(first("SELECT 1;"), first("SELECT 1, 2;")));
}

TEST(TreeWalk, NodeTypeNameIsTheMessageTypeOfEveryCase) {
  const auto* node = pg_query::Node::descriptor();
  int cases = 0;
  for (int i = 0; i < node->field_count(); ++i) {
    const FieldDescriptor* f = node->field(i);
    EXPECT_EQ(NodeTypeName(f->number()), f->message_type()->name());
    ++cases;
  }
  EXPECT_GT(cases, 200);
  EXPECT_EQ(std::string(NodeTypeName(0)), "");
}

}  // namespace
}  // namespace tidemark::analyzer
