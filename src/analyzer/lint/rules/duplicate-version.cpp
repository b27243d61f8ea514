// duplicate-version: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeDuplicateVersionRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "duplicate-version",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "two migrations with the same version",
      .help = "renumber one of them (tidemark migrate generate picks a fresh timestamp)",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
