// ConvertColumn's verdicts, and their check against PostgreSQL 15: for every
// pair of a set of built-in types, with sample values of the source type, the
// server must need USING exactly where the model says so, refuse a cast
// exactly where the model says there is none, and never fail or change a
// value where the model says the conversion is exact.
#include "analyzer/type_conversion.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "analyzer/parse_tree.h"
#include "support/scratch_db.h"

namespace tidemark::analyzer {
namespace {

using ::testing::HasSubstr;

pg_query::TypeName TypeOf(const std::string& type) {
  ParseTree tree = ParseTree::Parse("CREATE TABLE x (c " + type + ")");
  EXPECT_TRUE(tree.ok()) << type;
  return tree.stmt(0).create_stmt().table_elts(0).column_def().type_name();
}

Conversion Convert(const std::string& from, const std::string& to) {
  return ConvertColumn(TypeOf(from), TypeOf(to));
}

TEST(ConvertColumn, WideningKeepsEveryValue) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"integer", "numeric(12,2)"},
           {"integer", "bigint"},
           {"varchar(50)", "text"},
           {"varchar(50)", "varchar(100)"},
           {"numeric(10,2)", "numeric(12,4)"},
           {"smallint", "real"},
           {"real", "double precision"},
           {"date", "timestamp"},
           {"jsonb", "json"},
           {"timestamp(3)", "timestamp"},
       }) {
    Conversion c = Convert(from, to);
    EXPECT_EQ(c.effect, ValueEffect::kExact) << from << " -> " << to << ": " << c.reason;
    EXPECT_FALSE(c.needs_using) << from << " -> " << to;
  }
}

TEST(ConvertColumn, NarrowingThatRejectsIsMayFail) {
  Conversion c = Convert("text", "varchar(50)");
  EXPECT_EQ(c.effect, ValueEffect::kMayFail);
  EXPECT_FALSE(c.needs_using);
  EXPECT_EQ(c.reason, "fails if a value is longer than 50 characters");
  EXPECT_EQ(Convert("bigint", "integer").effect, ValueEffect::kMayFail);
  EXPECT_EQ(Convert("numeric(12,2)", "numeric(8,2)").effect, ValueEffect::kMayFail);
}

TEST(ConvertColumn, RoundingAndCuttingAreLossy) {
  Conversion c = Convert("numeric(12,2)", "integer");
  EXPECT_EQ(c.effect, ValueEffect::kLossy);
  EXPECT_THAT(c.reason, HasSubstr("rounds values to whole numbers"));
  EXPECT_EQ(Convert("numeric(12,4)", "numeric(12,2)").reason, "rounds values to 2 decimal places");
  EXPECT_EQ(Convert("timestamptz", "date").effect, ValueEffect::kLossy);
  EXPECT_EQ(Convert("double precision", "real").effect, ValueEffect::kLossy);
  EXPECT_EQ(Convert("timestamp", "timestamp(0)").effect, ValueEffect::kLossy);
  EXPECT_EQ(Convert("json", "jsonb").effect, ValueEffect::kLossy);
}

TEST(ConvertColumn, FromTextNeedsUsingAndMayFail) {
  Conversion c = Convert("text", "integer");
  EXPECT_TRUE(c.needs_using);
  EXPECT_EQ(c.effect, ValueEffect::kMayFail);
  EXPECT_EQ(c.reason, "fails if a value is not a valid integer");
}

TEST(ConvertColumn, NoCastAndUnknownTypes) {
  Conversion c = Convert("uuid", "integer");
  EXPECT_EQ(c.effect, ValueEffect::kNoCast);
  EXPECT_EQ(c.reason, "PostgreSQL has no cast from uuid to integer");
  EXPECT_EQ(Convert("mood", "text").effect, ValueEffect::kUnknown);
  EXPECT_TRUE(Convert("text", "mood").needs_using);
  EXPECT_FALSE(Convert("mood", "text").needs_using);
}

// --- PostgreSQL is the oracle ---

struct Sample {
  std::string type;
  std::vector<std::string> values;  // SQL literals of that type
};

const std::vector<Sample>& Samples() {
  static const std::vector<Sample> samples = {
      {"smallint", {"0", "-32768", "32767"}},
      {"integer", {"0", "-5", "2147483647"}},
      {"bigint", {"0", "9223372036854775807", "12345678901234567"}},
      {"numeric", {"1.25", "0.005", "123456789.123456"}},
      {"numeric(12,2)", {"1.25", "9999999999.99", "-0.01"}},
      {"numeric(6,3)", {"1.125", "999.999"}},
      {"real", {"1.5", "3.14159", "-0"}},
      {"double precision", {"1.5", "123456789012345.67", "1e300"}},
      {"text", {"'12'", "'abc'", "repeat('x', 60)"}},
      {"varchar(50)", {"'12'", "'hello'", "repeat('y', 50)"}},
      {"varchar(10)", {"'1'", "'hello'"}},
      {"char(5)", {"'ab'", "'abcde'"}},
      {"boolean", {"true", "false"}},
      {"date", {"'2024-01-02'", "'1999-12-31'"}},
      {"timestamp", {"'2024-01-02 03:04:05.123456'"}},
      {"timestamp(0)", {"'2024-01-02 03:04:05'"}},
      {"timestamptz", {"'2024-01-02 03:04:05.5+02'"}},
      {"time", {"'03:04:05.25'"}},
      {"interval", {"'1 day 02:03:04.5'"}},
      {"json", {"'{\"a\": 1, \"a\": 2}'", "'[1, 2]'"}},
      {"jsonb", {"'{\"a\": 1}'", "'[1, 2]'"}},
      {"uuid", {"'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"}},
      {"bytea", {"'\\x0102'"}},
      {"bit(4)", {"B'1010'"}},
      {"varbit(8)", {"B'101'"}},
  };
  return samples;
}

std::string SqlState(const std::exception& e) {
  if (const auto* s = dynamic_cast<const pqxx::sql_error*>(&e)) return s->sqlstate();
  return "";
}

class ConvertColumnOracle : public testing::ScratchDbTest {};

TEST_F(ConvertColumnOracle, AgreesWithPostgreSQL) {
  pqxx::connection conn(ConnectionString());
  {
    pqxx::nontransaction tx(conn);
    tx.exec("SET TimeZone = 'UTC'");
  }
  int pairs = 0;
  int exact_checked = 0;
  for (const Sample& from : Samples()) {
    for (const Sample& to : Samples()) {
      if (from.type == to.type) continue;
      ++pairs;
      Conversion c = Convert(from.type, to.type);
      std::string what = from.type + " -> " + to.type + " (" + c.reason + ")";
      std::string values;
      for (const auto& v : from.values) {
        values += std::string(values.empty() ? "" : ", ") + "((" + v + ")::" + from.type + ")";
      }
      pqxx::work tx(conn);
      tx.exec("CREATE TABLE conv (c " + from.type + ", o " + from.type + ")");
      tx.exec("INSERT INTO conv (c) VALUES " + values);
      tx.exec("UPDATE conv SET o = c");
      std::string base_to = to.type.substr(0, to.type.find('('));
      auto alter = [&](bool with_using) -> std::string {
        try {
          pqxx::subtransaction sub(tx);
          sub.exec("ALTER TABLE conv ALTER COLUMN c TYPE " + to.type +
                   (with_using ? " USING c::" + base_to : ""));
          sub.commit();
          return "";
        } catch (const std::exception& e) {
          return SqlState(e);
        }
      };
      std::string plain = alter(false);
      if (c.effect == ValueEffect::kNoCast) {
        // No cast at all: PostgreSQL refuses even with USING.
        EXPECT_EQ(alter(true), "42846") << what;
        continue;
      }
      if (c.effect == ValueEffect::kUnknown) continue;
      // 42804: "column cannot be cast automatically": USING is needed.
      EXPECT_EQ(plain == "42804", c.needs_using) << what << ": sqlstate " << plain;
      std::string result = c.needs_using ? alter(true) : plain;
      if (!result.empty()) {
        EXPECT_NE(c.effect, ValueEffect::kExact) << what << " failed with " << result;
        EXPECT_EQ(result.substr(0, 2), "22") << what << ": not a data error: " << result;
        continue;
      }
      int changed = -1;
      try {
        pqxx::subtransaction sub(tx);
        changed = sub.exec1("SELECT count(*) FROM conv WHERE (c::" + from.type +
                            ")::text IS DISTINCT FROM o::text")[0]
                      .as<int>();
        sub.commit();
      } catch (const std::exception&) {
        changed = -1;  // the cast back itself fails: no value comparison
      }
      if (changed > 0) {
        EXPECT_EQ(c.effect, ValueEffect::kLossy) << what << ": " << changed << " values changed";
      }
      if (c.effect == ValueEffect::kExact) {
        EXPECT_EQ(changed, 0) << what;
        ++exact_checked;
      }
      tx.abort();
    }
  }
  EXPECT_GT(pairs, 500);
  EXPECT_GT(exact_checked, 30);
  std::printf("checked %d type pairs, %d exact verdicts\n", pairs, exact_checked);
}

}  // namespace
}  // namespace tidemark::analyzer
