#include "analyzer/lint/registry.h"

#include <algorithm>
#include <memory>

#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {
namespace {

std::vector<std::unique_ptr<Rule>> MakeRules() {
  std::unique_ptr<Rule> list[] = {
      MakeBanDropTableRule(),
      MakeBanDropColumnRule(),
      MakeBanDropSchemaRule(),
      MakeBanDropDatabaseRule(),
      MakeBanTruncateRule(),
      MakeBanTruncateCascadeRule(),
      MakeUpdateWithoutWhereRule(),
      MakeDeleteWithoutWhereRule(),
      MakeLossyTypeChangeRule(),
      MakeRewritingTypeChangeRule(),
      MakeEnumAddValueRule(),
      MakeMissingDownRule(),
      MakeCommentOnlyDownRule(),
      MakeDownDoesNotReverseRule(),
      MakeIrreversibleUpWithDownRule(),
      MakeRequireConcurrentIndexCreationRule(),
      MakeRequireConcurrentIndexDeletionRule(),
      MakeRequireConcurrentReindexRule(),
      MakeForeignKeyWithoutNotValidRule(),
      MakeCheckWithoutNotValidRule(),
      MakeValidateInSameTransactionRule(),
      MakeSetNotNullWithoutCheckRule(),
      MakeUniqueWithoutUsingIndexRule(),
      MakePrimaryKeyWithoutUsingIndexRule(),
      MakeVolatileDefaultRule(),
      MakeAddSerialColumnRule(),
      MakeAddIdentityColumnRule(),
      MakeAddStoredGeneratedColumnRule(),
      MakeRenameTableRule(),
      MakeRenameColumnRule(),
      MakeRequireLockTimeoutRule(),
      MakeConcurrentlyInTransactionRule(),
      MakeExplicitTransactionRule(),
      MakeUnparsableStatementRule(),
      MakeUnknownMarkerRule(),
      MakeUnknownMarkerOptionRule(),
      MakeSqlBeforeFirstMarkerRule(),
      MakeDuplicateSectionRule(),
      MakeUnterminatedStatementBlockRule(),
      MakeUnmatchedStatementEndRule(),
      MakeUnterminatedTokenRule(),
      MakeBinaryFileRule(),
      MakeInvalidUtf8Rule(),
      MakeDownAndUndoFileRule(),
      MakeUndoFileHasUpRule(),
      MakeIrreversibleDownHasSqlRule(),
      MakeUnversionedFileRule(),
      MakeOrphanUndoFileRule(),
      MakeDuplicateVersionRule(),
      MakeUnusedIgnoreRule(),
  };
  std::vector<std::unique_ptr<Rule>> rules;
  for (auto& rule : list) rules.push_back(std::move(rule));
  return rules;
}

const std::vector<std::unique_ptr<Rule>>& Owned() {
  static const std::vector<std::unique_ptr<Rule>> rules = MakeRules();
  return rules;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

const std::vector<const Rule*>& AllRules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> out;
    for (const auto& rule : Owned()) out.push_back(rule.get());
    return out;
  }();
  return rules;
}

const Rule* FindRule(std::string_view id) {
  for (const Rule* rule : AllRules()) {
    if (rule->id() == id) return rule;
    const auto& aliases = rule->info().aliases;
    if (std::find(aliases.begin(), aliases.end(), id) != aliases.end()) return rule;
  }
  return nullptr;
}

std::string Nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::max<size_t>(3, word.size() / 3) + 1;
  for (const std::string& candidate : candidates) {
    size_t d = EditDistance(word, candidate);
    if (candidate.find(word) != std::string::npos && !word.empty()) d = std::min<size_t>(d, 2);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string SuggestRule(std::string_view id) {
  std::vector<std::string> ids;
  ids.reserve(AllRules().size());
  for (const Rule* rule : AllRules()) ids.push_back(rule->id());
  return Nearest(id, ids);
}

}  // namespace tidemark::analyzer::lint
