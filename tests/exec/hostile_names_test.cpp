// Hostile names, generated from a fixed seed: identifiers with quotes,
// backslashes, `;--`, `$$`, combining and right-to-left characters,
// keywords, leading digits, names of 63 bytes and longer (PostgreSQL cuts
// them at 63), used as schema, table, column and index names; file names
// with spaces and shell metacharacters. For each case the analyzer's Down
// must re-parse to the identifiers of the Up, and the whole set must run
// on PostgreSQL: up, rollback --all (the generated Downs), up again, the
// catalog holding exactly the names the parser gave.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <map>
#include <random>
#include <set>

#include "analyzer/analysis.h"
#include "analyzer/parse_tree.h"
#include "exec/executor_fixture.h"
#include "parser/migration.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;

constexpr int kCases = 300;
constexpr unsigned kSeed = 20261204;

// The pieces hostile identifiers are made of.
const std::vector<std::string>& Fragments() {
  static const std::vector<std::string> pieces = {
      "\"",
      "\"\"",
      "\\",
      "\\\\",
      ";--",
      "--",
      "/*",
      "*/",
      "$$",
      "$tag$",
      "'",
      "''",
      " ",
      "\t",
      "select",
      "table",
      "from",
      "user",
      "order",
      "group",
      "Mixed",
      "UPPER",
      "é",
      "e\u0301",
      "\u05e9\u05dc\u05d5\u05dd",
      "\u0627\u0644\u0633\u0644\u0627\u0645",
      "\u200f",
      "\u202e",
      "\u200d",
      "\U0001F30A",
      "0",
      "42",
      "7e3",
      "x",
      "_",
      "a_b",
      "%",
      "?",
      "$1",
      ";",
      "(",
      ")",
      ",",
      ".",
      "::",
      "=",
      "\u00a0",
      "\u3042",
      "\uff21",
      "ß",
      "ǅ",
  };
  return pieces;
}

const std::vector<std::string>& Keywords() {
  static const std::vector<std::string> words = {
      "select", "table",  "from", "user", "order",   "group", "index",   "column",
      "drop",   "create", "all",  "null", "default", "check", "primary", "end"};
  return words;
}

// A name PostgreSQL accepts in double quotes: not empty, no NUL.
std::string HostileName(std::mt19937& rng) {
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  switch (pick(8)) {
    case 0:
      return Keywords()[pick(Keywords().size())];
    case 1: {  // 63 bytes and more: cut by PostgreSQL, maybe inside a character
      std::string name = pick(2) == 0 ? "long_" : "\u05d0\u05e8\u05d5\u05da_";
      size_t target = 60 + pick(20);
      while (name.size() < target) name += Fragments()[pick(Fragments().size())];
      return name;
    }
    case 2:
      return std::to_string(pick(1000)) + Fragments()[pick(Fragments().size())];
    default: {
      std::string name;
      size_t parts = 1 + pick(5);
      for (size_t i = 0; i < parts; ++i) name += Fragments()[pick(Fragments().size())];
      return name;
    }
  }
}

std::string Quote(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The identifiers of a parse tree: every string field that names a
// relation, column, index or schema, and every String node (names in
// lists), type names aside.
void CollectNames(const google::protobuf::Message& message, std::multiset<std::string>* names) {
  static const std::set<std::string> kNameFields = {"relname", "idxname", "colname",    "name",
                                                    "newname", "subname", "schemaname", "sval"};
  const google::protobuf::Reflection* reflection = message.GetReflection();
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const auto* field : fields) {
    if (field->type() == google::protobuf::FieldDescriptor::TYPE_MESSAGE) {
      if (field->message_type()->name() == "TypeName") continue;
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          CollectNames(reflection->GetRepeatedMessage(message, field, i), names);
        }
      } else {
        CollectNames(reflection->GetMessage(message, field), names);
      }
    } else if (field->type() == google::protobuf::FieldDescriptor::TYPE_STRING &&
               !field->is_repeated() && kNameFields.count(field->name()) != 0) {
      names->insert(reflection->GetString(message, field));
    }
  }
}

std::multiset<std::string> NamesOf(const std::string& sql) {
  parser::ParseTree tree = parser::ParseTree::Parse(sql);
  EXPECT_TRUE(tree.ok()) << tree.error() << "\n" << sql;
  std::multiset<std::string> names;
  CollectNames(tree.result(), &names);
  return names;
}

// The name as PostgreSQL's grammar keeps it (cut at 63 bytes).
std::string Kept(const std::string& name) {
  std::multiset<std::string> names = NamesOf("DROP SCHEMA " + Quote(name));
  return names.empty() ? "" : *names.begin();
}

std::string HostileFileName(std::mt19937& rng, int n) {
  static const std::vector<std::string> pieces = {" ",    "$(touch pwned)",
                                                  "`id`", ";",
                                                  "&",    "|",
                                                  "'",    "\"",
                                                  "*",    "?",
                                                  "[a]",  "!",
                                                  "#",    "~",
                                                  "<",    ">",
                                                  "\\",   "{}",
                                                  "%",    "\u05e9",
                                                  "é",    "$HOME",
                                                  "--",   "(",
                                                  ")",    "=",
                                                  ",",    "@",
                                                  "^",    "\t",
                                                  "+",    "..."};
  std::string label;
  size_t parts = 1 + rng() % 4;
  for (size_t i = 0; i < parts; ++i) label += pieces[rng() % pieces.size()];
  char version[8];
  std::snprintf(version, sizeof version, "%04d", n);
  return std::string(version) + "_" + label + ".sql";
}

struct Case {
  std::string file;
  std::string schema, table, index, c1, c2, c3, c4;  // as written
  std::string up;
};

class HostileNamesTest : public ExecutorTest {
 protected:
  // The catalog's (schema, table, column) and (schema, index) rows of the
  // cases' schemas, one line each.
  std::set<std::string> Catalog() {
    pqxx::connection conn(ConnectionString());
    pqxx::nontransaction tx(conn);
    std::set<std::string> rows;
    for (const auto& row :
         tx.exec("SELECT n.nspname || '|' || c.relname || '|' || c.relkind::text || '|' || "
                 "coalesce(a.attname, '') FROM pg_namespace n JOIN pg_class c ON c.relnamespace = "
                 "n.oid LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT "
                 "a.attisdropped AND c.relkind = 'r' WHERE n.nspname LIKE 'hn\\_%'")) {
      rows.insert(row[0].as<std::string>());
    }
    for (const auto& row :
         tx.exec("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'hn\\_%'")) {
      rows.insert("schema|" + row[0].as<std::string>());
    }
    return rows;
  }
};

TEST_F(HostileNamesTest, GeneratedDownsKeepTheNamesAndRunOnPostgres) {
  std::mt19937 rng(kSeed);
  std::vector<Case> cases;
  std::set<std::string> expected;  // Catalog() after up
  std::set<std::string> files;
  for (int n = 1; n <= kCases; ++n) {
    Case c;
    // The schema's name is the case's own (it keeps the cases apart), the
    // rest hostile; names that PostgreSQL would make equal are drawn again.
    c.schema = "hn_" + std::to_string(n) + HostileName(rng);
    std::set<std::string> relations, columns;
    auto draw = [&](std::set<std::string>* taken) {
      while (true) {
        std::string name = HostileName(rng);
        if (taken->insert(Kept(name)).second) return name;
      }
    };
    c.table = draw(&relations);
    c.index = draw(&relations);
    c.c1 = draw(&columns);
    c.c2 = draw(&columns);
    c.c3 = draw(&columns);
    c.c4 = draw(&columns);
    do {
      c.file = HostileFileName(rng, n);
    } while (!files.insert(c.file).second);
    std::string t = Quote(c.schema) + "." + Quote(c.table);
    c.up = "CREATE SCHEMA " + Quote(c.schema) + ";\n";
    c.up += "CREATE TABLE " + t + " (" + Quote(c.c1) + " integer NOT NULL, " + Quote(c.c2) +
            " text);\n";
    c.up += "CREATE INDEX " + Quote(c.index) + " ON " + t + " (" + Quote(c.c1) + ", " +
            Quote(c.c2) + ");\n";
    c.up += "ALTER TABLE " + t + " ADD COLUMN " + Quote(c.c3) + " bigint;\n";
    c.up += "ALTER TABLE " + t + " RENAME COLUMN " + Quote(c.c2) + " TO " + Quote(c.c4) + ";\n";

    // The Down, as `analyze` and `migrate undo` generate it, re-parses to
    // the Up's identifiers.
    parser::MigrationFile file = parser::ParseMigration(c.file, c.up);
    ASSERT_FALSE(file.HasErrors()) << c.up;
    analyzer::MigrationAnalysis analysis = analyzer::AnalyzeMigration(file);
    std::string down = analyzer::RenderDown(analysis.down);
    for (const analyzer::DownPart& part : analysis.down) {
      EXPECT_TRUE(part.generated) << c.file << ": " << part.comment << "\n" << c.up;
    }
    std::multiset<std::string> up_names = NamesOf(c.up);
    std::multiset<std::string> down_names = NamesOf(down);
    for (const std::string& name : down_names) {
      EXPECT_TRUE(up_names.count(name) != 0 || name == "public")
          << "the Down names " << Quote(name) << ", which the Up does not\nUp:\n"
          << c.up << "Down:\n"
          << down;
    }
    for (const std::string* name : {&c.schema, &c.table, &c.index, &c.c2, &c.c3, &c.c4}) {
      EXPECT_TRUE(down_names.count(Kept(*name)) != 0)
          << "the Down lacks " << Quote(*name) << "\nUp:\n"
          << c.up << "Down:\n"
          << down;
    }
    dir_.Write(c.file, "-- +migrate Up\n" + c.up + "-- +migrate Down\n" + down);

    std::string s = Kept(c.schema);
    expected.insert("schema|" + s);
    for (const std::string* column : {&c.c1, &c.c4, &c.c3}) {
      expected.insert(s + "|" + Kept(c.table) + "|r|" + Kept(*column));
    }
    expected.insert(s + "|" + Kept(c.index) + "|i|");
    cases.push_back(std::move(c));
  }
  if (HasFailure()) return;

  // Every file loads, with its name as written.
  parser::MigrationSet set = parser::LoadDirectory(dir_.path());
  EXPECT_FALSE(set.HasErrors());
  ASSERT_EQ(set.migrations.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(set.migrations[i].filename, cases[i].file);

  testing::ProcessResult up = Tidemark({"-q", "migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(Catalog(), expected);
  EXPECT_EQ(Query("SELECT count(*) FROM tidemark.migrations"), std::to_string(kCases));
  testing::ProcessResult status = Tidemark({"migrate", "status"});
  EXPECT_THAT(status.out, HasSubstr(cases.back().file));

  testing::ProcessResult down = Tidemark({"-q", "migrate", "rollback", "--all", "--yes"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_EQ(Catalog(), std::set<std::string>{});
  EXPECT_EQ(Query("SELECT count(*) FROM tidemark.migrations"), "0");

  testing::ProcessResult again = Tidemark({"-q", "migrate", "up"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Catalog(), expected);
}

}  // namespace
}  // namespace tidemark::exec
