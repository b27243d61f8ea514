#pragma once

// Shared by `migrate analyze`, `migrate undo` and `migrate generate`: the
// Down section as tidemark writes it. Loading and analysis are the shared
// parser::Inputs and analyzer::AnalysisSet.

#include <string>

#include "analyzer/analysis.h"
#include "analyzer/analysis_set.h"
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

}  // namespace tidemark::cli
