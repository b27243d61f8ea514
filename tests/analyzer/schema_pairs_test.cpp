// Declarative generate against PostgreSQL on a corpus of schema pairs
// (tests/declarative/pairs/NAME/a/*.sql and b/*.sql: schema files in any
// order, with dependencies across files; no a/ is the empty schema). For each pair, the migration
// PlanSchemaMigration(a, b) writes (renames from b's hints) must be proven on
// the model both ways, and on a real server: a database built from a's files
// plus the Up has the catalog of one built from b's files, and the Down
// brings it back to a's. Generating again from b to b writes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "analyzer/differ.h"
#include "analyzer/schema.h"
#include "exec/catalog_snapshot.h"
#include "parser/migration.h"
#include "support/scratch_db.h"

namespace tidemark::analyzer {
namespace {

namespace fs = std::filesystem;

// TIDEMARK_PAIRS_DIR runs another folder of pairs (tests/declarative/failing
// while a gap is being closed).
const fs::path kPairs = std::getenv("TIDEMARK_PAIRS_DIR") != nullptr
                            ? fs::path(std::getenv("TIDEMARK_PAIRS_DIR"))
                            : fs::path(TIDEMARK_SOURCE_DIR) / "tests/declarative/pairs";

std::vector<std::string> PairNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(kPairs, ec)) {
    if (e.is_directory()) names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct Side {
  std::vector<parser::MigrationFile> files;
  Catalog catalog;
  std::vector<RenameHint> renames;
};

// A side with no folder is the empty schema.
Side Load(const fs::path& dir) {
  Side side;
  if (!fs::exists(dir)) return side;
  std::vector<parser::Diagnostic> diagnostics;
  side.files = parser::LoadSchemaDirectory(dir, &diagnostics);
  side.catalog = DesiredCatalog(side.files, &diagnostics, &side.renames);
  for (const auto& d : diagnostics) {
    if (d.severity == parser::Severity::kError) ADD_FAILURE() << parser::FormatDiagnostic(d);
  }
  return side;
}

// Runs the schema files' statements on `conninfo`, each on its own; the
// ones the server refuses (a dependency not there yet) are tried again while
// any other succeeds, so that file order does not matter.
void Build(const Side& side, const std::string& conninfo) {
  std::vector<std::string> pending;
  for (const auto& f : side.files) {
    for (const auto& st : f.up.statements) pending.push_back(st.sql);
  }
  pqxx::connection conn(conninfo);
  std::string last_error;
  for (bool progress = true; progress && !pending.empty();) {
    progress = false;
    std::vector<std::string> refused;
    for (const auto& sql : pending) {
      try {
        pqxx::nontransaction(conn).exec(sql);
        progress = true;
      } catch (const std::exception& e) {
        last_error = sql + ": " + e.what();
        refused.push_back(sql);
      }
    }
    pending = std::move(refused);
  }
  ASSERT_TRUE(pending.empty()) << last_error;
}

std::string Script(const std::vector<DownPart>& parts) {
  std::string out;
  for (const auto& p : parts) {
    out += p.generated ? p.sql + ";\n" : "-- tidemark: " + p.comment + "\n";
  }
  return out;
}

// Runs generated parts: one transaction, or one by one when one of them
// cannot run in a transaction (CREATE INDEX CONCURRENTLY).
void RunParts(const std::vector<DownPart>& parts, const std::string& conninfo) {
  bool autocommit =
      std::any_of(parts.begin(), parts.end(), [](const DownPart& p) { return p.notransaction; });
  pqxx::connection conn(conninfo);
  if (autocommit) {
    for (const auto& p : parts) {
      try {
        pqxx::nontransaction(conn).exec(p.sql);
      } catch (const std::exception& e) {
        FAIL() << p.sql << ": " << e.what();
      }
    }
    return;
  }
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

exec::CatalogSnapshot Snap(const std::string& conninfo) {
  exec::SnapshotOptions options;
  options.column_positions = false;  // an added column goes last
  return exec::TakeSnapshot(conninfo, options);
}

std::string Lines(const exec::SnapshotDiff& d) {
  std::string out;
  for (const auto& m : d.missing) out += "  wanted, not there: " + m + "\n";
  for (const auto& u : d.unexpected) out += "  there, not wanted: " + u + "\n";
  return out;
}

class SchemaPairs : public ::testing::TestWithParam<std::string> {};

TEST_P(SchemaPairs, GeneratedUpAndDownMatchPostgreSQL) {
  const fs::path dir = kPairs / GetParam();
  Side a = Load(dir / "a");
  Side b = Load(dir / "b");
  ASSERT_FALSE(b.files.empty()) << dir;
  PlanOptions options;
  options.renames = b.renames;
  options.concurrent_indexes = true;
  SchemaMigration plan = PlanSchemaMigration(a.catalog, b.catalog, options);
  SCOPED_TRACE("up:\n" + Script(plan.up) + "down:\n" + Script(plan.down));
  ASSERT_FALSE(plan.empty());
  for (const auto& p : plan.up) ASSERT_TRUE(p.generated) << p.comment;
  for (const auto& p : plan.down) ASSERT_TRUE(p.generated) << p.comment;
  EXPECT_TRUE(plan.up_proven()) << "left after the Up:\n" << Script(plan.up_left);
  EXPECT_TRUE(plan.down_proven()) << "left after the Down:\n" << Script(plan.down_left);
  EXPECT_TRUE(PlanSchemaMigration(b.catalog, b.catalog, options).empty());

  auto built = testing::ScratchDatabase::Create("pair");
  auto wanted = testing::ScratchDatabase::Create("want");
  ASSERT_NO_FATAL_FAILURE(Build(a, built->ConnectionString()));
  ASSERT_NO_FATAL_FAILURE(Build(b, wanted->ConnectionString()));
  exec::CatalogSnapshot before = Snap(built->ConnectionString());
  ASSERT_NO_FATAL_FAILURE(RunParts(plan.up, built->ConnectionString()));
  exec::SnapshotDiff up =
      exec::CompareSnapshots(Snap(wanted->ConnectionString()), Snap(built->ConnectionString()));
  EXPECT_TRUE(up.equal()) << "after the Up:\n" << Lines(up);
  ASSERT_NO_FATAL_FAILURE(RunParts(plan.down, built->ConnectionString()));
  exec::SnapshotDiff down = exec::CompareSnapshots(before, Snap(built->ConnectionString()));
  EXPECT_TRUE(down.equal()) << "after the Down:\n" << Lines(down);
}

INSTANTIATE_TEST_SUITE_P(Corpus, SchemaPairs, ::testing::ValuesIn(PairNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(SchemaPairsCorpus, HoldsAtLeastOneHundredPairs) {
  EXPECT_GE(PairNames().size(), 100u) << kPairs;
}

}  // namespace
}  // namespace tidemark::analyzer

namespace tidemark::analyzer {
namespace {

// `pg_dump --schema-only` of a database: the schema file a project adopting
// the declarative flow starts from.
std::string SchemaDump(const std::string& conninfo) {
  std::string bin = "pg_dump";
  for (const char* dir : {"/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"}) {
    if (fs::exists(fs::path(dir) / "pg_dump")) bin = fs::path(dir) / "pg_dump";
  }
  std::string quoted = "'";
  for (char c : conninfo) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  std::string command = bin +
                        " --schema-only --no-owner --no-privileges --exclude-schema=tidemark "
                        "--dbname=" +
                        quoted + " 2>&1";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    EXPECT_EQ(pclose(pipe), 0) << out;
  }
  return out;
}

void ApplyUps(const std::vector<parser::MigrationFile>& files, size_t upto,
              const std::string& conninfo) {
  pqxx::connection conn(conninfo);
  for (size_t i = 0; i < upto; ++i) {
    for (const auto& st : files[i].up.statements) {
      try {
        pqxx::nontransaction(conn).exec(st.sql);
      } catch (const std::exception& e) {
        FAIL() << files[i].filename << ": " << st.sql << ": " << e.what();
      }
    }
  }
}

// Every migration of the bundled examples can be regenerated: with the
// schema files being pg_dump's output after migration N, generate on
// migrations 1..N-1 writes a migration whose effect on PostgreSQL is
// migration N's, and whose Down brings the schema back.
TEST(BundledExamples, EachMigrationIsRegeneratedFromASchemaDump) {
  parser::MigrationSet set =
      parser::LoadDirectory(fs::path(TIDEMARK_SOURCE_DIR) / "examples/migrations");
  ASSERT_GE(set.migrations.size(), 5u);
  for (size_t n = 1; n <= set.migrations.size(); ++n) {
    const parser::MigrationFile& target = set.migrations[n - 1];
    SCOPED_TRACE(target.filename);
    auto at_n = testing::ScratchDatabase::Create("at_n");
    ASSERT_NO_FATAL_FAILURE(ApplyUps(set.migrations, n, at_n->ConnectionString()));
    std::string dump = SchemaDump(at_n->ConnectionString());
    std::vector<parser::Diagnostic> diagnostics;
    std::vector<parser::MigrationFile> files;
    files.push_back(parser::ParseSchemaFile("schema/dump.sql", dump));
    Catalog desired = DesiredCatalog(files, &diagnostics);
    for (const auto& d : diagnostics) ADD_FAILURE() << parser::FormatDiagnostic(d);
    Catalog current = ReplayHistory(set.migrations, n - 1);
    PlanOptions options;
    options.concurrent_indexes = true;
    SchemaMigration plan = PlanSchemaMigration(current, desired, options);
    SCOPED_TRACE("up:\n" + Script(plan.up) + "down:\n" + Script(plan.down));
    for (const auto& p : plan.up) EXPECT_TRUE(p.generated) << p.comment;
    for (const auto& p : plan.down) EXPECT_TRUE(p.generated) << p.comment;
    EXPECT_TRUE(plan.up_proven()) << Script(plan.up_left);
    EXPECT_TRUE(plan.down_proven()) << Script(plan.down_left);

    auto regenerated = testing::ScratchDatabase::Create("regen");
    ASSERT_NO_FATAL_FAILURE(ApplyUps(set.migrations, n - 1, regenerated->ConnectionString()));
    exec::CatalogSnapshot before = Snap(regenerated->ConnectionString());
    std::vector<DownPart> up;
    for (const auto& p : plan.up) {
      if (p.generated) up.push_back(p);
    }
    ASSERT_NO_FATAL_FAILURE(RunParts(up, regenerated->ConnectionString()));
    exec::SnapshotDiff same = exec::CompareSnapshots(Snap(at_n->ConnectionString()),
                                                     Snap(regenerated->ConnectionString()));
    EXPECT_TRUE(same.equal()) << "after the regenerated Up:\n" << Lines(same);
    std::vector<DownPart> down;
    for (const auto& p : plan.down) {
      if (p.generated) down.push_back(p);
    }
    ASSERT_NO_FATAL_FAILURE(RunParts(down, regenerated->ConnectionString()));
    exec::SnapshotDiff back = exec::CompareSnapshots(before, Snap(regenerated->ConnectionString()));
    EXPECT_TRUE(back.equal()) << "after its Down:\n" << Lines(back);
  }
}

}  // namespace
}  // namespace tidemark::analyzer

namespace tidemark::analyzer {
namespace {

// pg_dump's psql meta-commands are not SQL and are skipped; a serial column
// as pg_dump spells it (integer, a sequence OWNED BY it, a nextval()
// default) reads as the serial column a migration declares.
TEST(SchemaDump, MetaCommandsAreSkippedAndSerialsFoldBack) {
  std::vector<parser::MigrationFile> files;
  files.push_back(parser::ParseSchemaFile(
      "dump.sql",
      "\\restrict 8pXyZ\n"
      "SET statement_timeout = 0;\n"
      "SELECT pg_catalog.set_config('search_path', '', false);\n"
      "CREATE TABLE public.t (id integer NOT NULL, note text);\n"
      "CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE "
      "NO MAXVALUE CACHE 1;\n"
      "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n"
      "ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT "
      "nextval('public.t_id_seq'::regclass);\n"
      "ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n"
      "\\unrestrict 8pXyZ\n"));
  std::vector<parser::Diagnostic> diagnostics;
  Catalog dumped = DesiredCatalog(files, &diagnostics);
  for (const auto& d : diagnostics) ADD_FAILURE() << parser::FormatDiagnostic(d);
  parser::MigrationFile m = parser::ParseMigration(
      "0001_t.sql", "-- +migrate Up\nCREATE TABLE t (id serial PRIMARY KEY, note text);\n");
  Catalog migrated = ReplayHistory({m}, 1);
  EXPECT_EQ(Script(Diff(migrated, dumped)), "");
  EXPECT_EQ(Script(Diff(dumped, migrated)), "");
  EXPECT_EQ(dumped.FindSequence(QualName{"public", "t_id_seq", true}), nullptr);
}

}  // namespace
}  // namespace tidemark::analyzer

namespace tidemark::analyzer {
namespace {

// Pairs that cannot be written by design (tests/declarative/refused/NAME:
// a/, b/ and `expect`, a line the plan or the schema files' warnings must
// say): the differ declines with its reason instead of guessing.
const fs::path kRefused = fs::path(TIDEMARK_SOURCE_DIR) / "tests/declarative/refused";

std::vector<std::string> RefusedNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(kRefused, ec)) {
    if (e.is_directory()) names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class RefusedPairs : public ::testing::TestWithParam<std::string> {};

TEST_P(RefusedPairs, SayWhyInsteadOfGuessing) {
  const fs::path dir = kRefused / GetParam();
  std::string expect;
  {
    std::ifstream in(dir / "expect");
    std::getline(in, expect);
  }
  ASSERT_FALSE(expect.empty()) << dir / "expect";
  std::string said;
  for (const char* side : {"a", "b"}) {
    std::vector<parser::Diagnostic> diagnostics;
    std::vector<parser::MigrationFile> files;
    if (fs::exists(dir / side)) files = parser::LoadSchemaDirectory(dir / side, &diagnostics);
    DesiredCatalog(files, &diagnostics);
    for (const auto& d : diagnostics) said += parser::FormatDiagnostic(d) + "\n";
  }
  Side a = Load(dir / "a");
  Side b = Load(dir / "b");
  for (const auto& plan :
       {PlanSchemaMigration(a.catalog, b.catalog), PlanSchemaMigration(b.catalog, a.catalog)}) {
    for (const auto& p : plan.up) {
      if (!p.generated) said += p.comment + "\n";
    }
  }
  EXPECT_NE(said.find(expect), std::string::npos) << "said:\n" << said;
}

INSTANTIATE_TEST_SUITE_P(Corpus, RefusedPairs, ::testing::ValuesIn(RefusedNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace tidemark::analyzer
