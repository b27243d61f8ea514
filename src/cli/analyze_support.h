#pragma once

// Shared by `migrate analyze`, `migrate undo` and `migrate generate`: the
// Down section as tidemark writes it. Loading and analysis are the shared
// parser::Inputs and analyzer::AnalysisSet.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/analysis_set.h"
#include "analyzer/catalog.h"
#include "analyzer/schema.h"
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

// The schema directory of the config (schema_dir), else schema/.
std::string ConfiguredSchemaDir(const Context& ctx);

}  // namespace tidemark::cli
