// irreversible-down-has-sql: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeIrreversibleDownHasSqlRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "irreversible-down-has-sql",
      .severity = Severity::kWarning,
      .family = Family::kDown,
      .summary = "`-- +migrate Down irreversible` followed by SQL that never runs",
      .help = "remove the SQL, or the `irreversible` option if the Down is meant to run",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
