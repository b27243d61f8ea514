// unterminated-statement-block: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnterminatedStatementBlockRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unterminated-statement-block",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "`-- +migrate StatementBegin` without its StatementEnd",
      .help = "add `-- +migrate StatementEnd` after the statement",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
