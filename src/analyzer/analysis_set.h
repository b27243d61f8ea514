#pragma once

// One analysis of the migrations a command is given, built once and read by
// every command that judges migrations (lint, migrate analyze, undo): each
// migration is analyzed against the replay of the migrations before it in
// its directory, so the same file gets the same verdict whichever command
// asks and however it is named (the file, or its directory).

#include <memory>
#include <vector>

#include "analyzer/analysis.h"
#include "parser/inputs.h"

namespace tidemark::analyzer {

class AnalysisSet {
 public:
  // Analyzes every entry of `inputs`, which must outlive this object.
  explicit AnalysisSet(const parser::Inputs& inputs);
  AnalysisSet(const AnalysisSet&) = delete;
  AnalysisSet& operator=(const AnalysisSet&) = delete;

  struct Migration {
    const parser::MigrationFile* file = nullptr;
    const MigrationAnalysis* analysis = nullptr;
  };
  // In the order of inputs.entries().
  const std::vector<Migration>& migrations() const { return migrations_; }

 private:
  std::vector<std::unique_ptr<std::vector<MigrationAnalysis>>> sequences_;
  std::vector<Migration> migrations_;
};

}  // namespace tidemark::analyzer
