// unknown-marker-option: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnknownMarkerOptionRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unknown-marker-option",
      .severity = Severity::kWarning,
      .family = Family::kHygiene,
      .summary = "an option after `-- +migrate Up/Down` that tidemark does not know",
      .help = "use `notransaction` (and `irreversible` on a Down), or remove the word",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
