#pragma once

// Runs the registered rules over migration files: parses every statement
// once, walks the Up and the Down keeping what earlier statements did,
// turns the parser's diagnostics into findings with the same ids, and
// applies ignore comments (reporting those that silence nothing).

#include <vector>

#include "analyzer/analysis_set.h"
#include "analyzer/lint/config.h"
#include "analyzer/lint/finding.h"
#include "parser/migration.h"

namespace tidemark::analyzer::lint {

struct FileResult {
  const parser::MigrationFile* file = nullptr;
  std::vector<Finding> findings;  // the file's, then its _undo.sql's, in position order
  int suppressed = 0;             // findings silenced by ignore comments
};

class Linter {
 public:
  explicit Linter(LintConfig config);

  const LintConfig& config() const { return config_; }

  // Lints one migration (and its _undo.sql, when it has one), with the
  // analyzer's view of it: `analysis` (from an AnalysisSet, which replayed
  // its history), or, when nullptr, an analysis of the file alone.
  FileResult Lint(const parser::MigrationFile& file,
                  const MigrationAnalysis* analysis = nullptr) const;

  // Lints the migrations of `set` on up to `threads` threads (0: one per
  // core); results come back in the set's order, whatever the scheduling.
  std::vector<FileResult> LintAll(const AnalysisSet& set, int threads = 0) const;

  // Folder-level parser diagnostics (duplicate versions, orphan undo files,
  // unversioned files) as findings.
  std::vector<Finding> FromDiagnostics(const std::vector<parser::Diagnostic>& diagnostics) const;

 private:
  LintConfig config_;
};

}  // namespace tidemark::analyzer::lint
