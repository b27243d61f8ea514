// unmatched-statement-end: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnmatchedStatementEndRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unmatched-statement-end",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "`-- +migrate StatementEnd` without a StatementBegin",
      .help = "remove it, or add `-- +migrate StatementBegin` before the statement",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
