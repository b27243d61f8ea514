#pragma once

// Shared by `migrate analyze`, `migrate undo` and `migrate generate`: the
// Down section as tidemark writes it. Loading and analysis are the shared
// parser::Inputs and analyzer::AnalysisSet.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/analysis_set.h"
#include "analyzer/catalog.h"
#include "analyzer/schema.h"
#include "exec/connection.h"
#include "exec/scratch_postgres.h"
#include "parser/inputs.h"
#include "parser/migration.h"

namespace tidemark::cli {

// A migration with the analysis every command shares (analyzer/analysis_set.h).
using AnalyzedMigration = analyzer::AnalysisSet::Migration;

// The Down section as tidemark writes it: marker line and body. A Down with
// a part that could not be generated is written `-- +migrate Down
// irreversible`, with the reasons and the generated parts as comments.
std::string DownSectionText(const analyzer::MigrationAnalysis& analysis);
std::string DownSectionText(const std::vector<analyzer::DownPart>& down);

struct Context;

// The two models declarative commands compare: what the schema files declare
// and what the migrations give (replayed offline). Both print the files'
// diagnostics (warnings too) and return nullopt when any is an error.
struct DeclaredSchema {
  analyzer::Catalog catalog;
  std::vector<analyzer::RenameHint> renames;
};
std::optional<DeclaredSchema> LoadDeclaredSchema(const Context& ctx,
                                                 const std::filesystem::path& schema_dir);
struct ReplayedMigrations {
  analyzer::Catalog catalog;
  std::vector<parser::MigrationFile> migrations;  // in version order
};
// A missing directory is no migrations.
std::optional<ReplayedMigrations> LoadReplayedMigrations(const Context& ctx,
                                                         const std::filesystem::path& dir);

// The third model: what a database holds (`target`: the global
// --database-url, DATABASE_URL, config, PG* variables, or a scratch
// database), read through `pg_dump --schema-only` (`pg_dump`: the program,
// empty to find it) as a schema file. tidemark's tracking schema and the
// keep-data archive are left out, as are owners and privileges. Prints why
// and returns nullopt when it cannot.
std::optional<DeclaredSchema> LoadDatabaseSchema(const Context& ctx,
                                                 const exec::ConnectionTarget& target,
                                                 const std::string& pg_dump);

// Empty databases to make a schema on: the --dev-url database (once), else
// new databases on a scratch PostgreSQL started at the first call.
class EmptyDatabases {
 public:
  explicit EmptyDatabases(std::string dev_url);
  ~EmptyDatabases();
  EmptyDatabases(const EmptyDatabases&) = delete;
  EmptyDatabases& operator=(const EmptyDatabases&) = delete;
  // Throws std::runtime_error when no server can be started, or when the
  // --dev-url database is asked for twice.
  exec::ConnectionTarget Next(const Context& ctx);
  bool dev() const { return !dev_url_.empty(); }

 private:
  std::string dev_url_;
  bool dev_used_ = false;
  std::unique_ptr<exec::ScratchPostgres> scratch_;
};

// A schema made on an empty database and read back through pg_dump, in
// PostgreSQL's own spelling, to compare with a live database: the Ups of
// `migrations` replayed, or else the statements of `ddl` run in one
// transaction. Prints why and returns nullopt when it cannot.
std::optional<DeclaredSchema> ThroughServer(const Context& ctx, EmptyDatabases* empty,
                                            const std::vector<parser::MigrationFile>* migrations,
                                            const std::vector<analyzer::DownPart>& ddl,
                                            const std::string& pg_dump);

// The schema directory of the config (schema_dir), else schema/.
std::string ConfiguredSchemaDir(const Context& ctx);

}  // namespace tidemark::cli
