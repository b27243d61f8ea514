#include "analyzer/analysis_set.h"

#include <algorithm>
#include <map>

namespace tidemark::analyzer {

AnalysisSet::AnalysisSet(const parser::Inputs& inputs) {
  const std::vector<parser::Inputs::Entry>& entries = inputs.entries();
  migrations_.resize(entries.size());
  // One replay per directory, through its newest entry; a file given by
  // name takes the place of the directory's copy of it.
  std::map<const parser::MigrationSet*, std::vector<size_t>> by_dir;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].dir != nullptr) {
      by_dir[entries[i].dir].push_back(i);
      continue;
    }
    auto alone = std::make_unique<std::vector<MigrationAnalysis>>();
    alone->push_back(AnalyzeMigration(*entries[i].file));
    migrations_[i] = {entries[i].file, &alone->back()};
    sequences_.push_back(std::move(alone));
  }
  for (const auto& [dir, indexes] : by_dir) {
    size_t last = 0;
    for (size_t i : indexes) last = std::max(last, entries[i].index);
    std::vector<const parser::MigrationFile*> sequence;
    sequence.reserve(last + 1);
    for (size_t k = 0; k <= last; ++k) sequence.push_back(&dir->migrations[k]);
    for (size_t i : indexes) sequence[entries[i].index] = entries[i].file;
    auto analyses = std::make_unique<std::vector<MigrationAnalysis>>(AnalyzeSequence(sequence));
    for (size_t i : indexes) {
      migrations_[i] = {entries[i].file, &(*analyses)[entries[i].index]};
    }
    sequences_.push_back(std::move(analyses));
  }
}

}  // namespace tidemark::analyzer
