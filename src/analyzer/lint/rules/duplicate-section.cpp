// duplicate-section: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeDuplicateSectionRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "duplicate-section",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "a second `-- +migrate Up` (or Down) section in one file",
      .help = "merge the two sections into one",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
