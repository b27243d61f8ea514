// Golden reversal cases, and their proof on a real PostgreSQL: history, Up,
// the generated Down must restore the schema exactly; Up again must give
// the post-Up schema again.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <pqxx/pqxx>

#include "analyzer/golden_cases.h"
#include "analyzer/parse_tree.h"
#include "exec/catalog_snapshot.h"
#include "support/scratch_db.h"

namespace tidemark::analyzer::testing {
namespace {

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST(GoldenCorpus, HasAtLeast360Cases) { EXPECT_GE(GoldenCaseNames().size(), 360u); }

TEST_P(GoldenTest, MatchesExpected) {
  GoldenCase c = ReadGoldenCase(GoldenDir() / (GetParam() + ".sql"));
  AnalyzedCase a;
  AnalyzeCase(c, &a);
  ASSERT_FALSE(a.up.up.statements.empty()) << "case has no Up statement";
  std::string actual = RenderCase(a.analysis);
  const char* update = std::getenv("TIDEMARK_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(c.path) << c.head << actual;
    return;
  }
  EXPECT_EQ(c.expected, actual) << "golden file " << c.path
                                << " differs (TIDEMARK_UPDATE_GOLDEN=1 rewrites it)";
}

// Runs statements the way a migration runs: in one transaction, or one by
// one in autocommit when one of them refuses a transaction block.
void RunAll(pqxx::connection& conn, const std::vector<std::string>& sqls, bool notransaction,
            const std::string& what) {
  std::string current;
  try {
    if (notransaction) {
      for (const auto& sql : sqls) {
        current = sql;
        pqxx::nontransaction tx(conn);
        tx.exec(sql);
      }
    } else {
      pqxx::work tx(conn);
      for (const auto& sql : sqls) {
        current = sql;
        tx.exec(sql);
      }
      tx.commit();
    }
  } catch (const std::exception& e) {
    throw std::runtime_error(what + " failed: " + e.what() + "\n  SQL: " + current);
  }
}

std::vector<std::string> Texts(const parser::Section& section, bool* notransaction) {
  std::vector<std::string> out;
  for (const auto& st : section.statements) {
    out.push_back(st.sql);
    if (NeedsNoTransaction(std::string_view(st.sql))) *notransaction = true;
  }
  return out;
}

std::string Diff(const exec::SnapshotDiff& d) {
  std::string out;
  for (const auto& m : d.missing) out += "  missing:    " + m + "\n";
  for (const auto& u : d.unexpected) out += "  unexpected: " + u + "\n";
  return out;
}

bool Claimed(Reversibility cls) {
  return cls == Reversibility::kReversible || cls == Reversibility::kConditional ||
         cls == Reversibility::kNeedsHistory;
}

// Empties a database between cases (a fresh CREATE DATABASE per case costs
// far more): every schema but PostgreSQL's own, and every extension.
void ResetDatabase(pqxx::connection& conn) {
  pqxx::nontransaction tx(conn);
  tx.exec(R"(DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
      EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
    END LOOP;
    FOR r IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT IN ('pg_catalog', 'information_schema')
               AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp%' LOOP
      EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
    END LOOP;
  END $$)");
  tx.exec("CREATE SCHEMA public AUTHORIZATION pg_database_owner");
  tx.exec("GRANT USAGE ON SCHEMA public TO PUBLIC");
  tx.exec("COMMENT ON SCHEMA public IS 'standard public schema'");
}

// One cluster and one database, emptied between cases; every case the
// analyzer calls reversible, conditional or needs-history must round-trip.
TEST(GoldenRoundTrip, EveryClaimedDownRestoresTheSchema) {
  int proved = 0;
  auto db = tidemark::testing::ScratchDatabase::Create("golden");
  for (const std::string& name : GoldenCaseNames()) {
    SCOPED_TRACE("case " + name);
    GoldenCase c = ReadGoldenCase(GoldenDir() / (name + ".sql"));
    AnalyzedCase a;
    AnalyzeCase(c, &a);
    if (!Claimed(a.analysis.worst)) continue;
    try {
      pqxx::connection conn(db->ConnectionString());
      ResetDatabase(conn);
      bool history_nt = false, up_nt = false;
      RunAll(conn, Texts(a.history.up, &history_nt), history_nt, "history");
      exec::CatalogSnapshot before = exec::TakeSnapshot(db->ConnectionString());
      std::vector<std::string> up = Texts(a.up.up, &up_nt);
      RunAll(conn, up, up_nt, "Up");
      exec::CatalogSnapshot after = exec::TakeSnapshot(db->ConnectionString());
      std::vector<std::string> down;
      bool missing = false;
      for (const auto& p : a.analysis.down) {
        if (!p.generated) missing = true;
        if (p.generated && !p.sql.empty()) down.push_back(p.sql);
      }
      EXPECT_FALSE(missing) << "a claimed Down has a part that was not generated";
      RunAll(conn, down, DownNeedsNoTransaction(a.analysis.down), "Down");
      exec::CatalogSnapshot restored = exec::TakeSnapshot(db->ConnectionString());
      exec::SnapshotDiff d1 = exec::CompareSnapshots(before, restored);
      EXPECT_TRUE(d1.equal()) << "Down did not restore the schema before Up:\n" << Diff(d1);
      RunAll(conn, up, up_nt, "Up again");
      exec::CatalogSnapshot again = exec::TakeSnapshot(db->ConnectionString());
      exec::SnapshotDiff d2 = exec::CompareSnapshots(after, again);
      EXPECT_TRUE(d2.equal()) << "Up after Down did not give the same schema:\n" << Diff(d2);
      ++proved;
    } catch (const std::exception& e) {
      ADD_FAILURE() << e.what();
    }
  }
  EXPECT_GE(proved, 150) << "too few cases proved on PostgreSQL";
  std::printf("round-tripped %d golden cases on PostgreSQL\n", proved);
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(GoldenCaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& ch : n) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace tidemark::analyzer::testing
