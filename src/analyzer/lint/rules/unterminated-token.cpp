// unterminated-token: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnterminatedTokenRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unterminated-token",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "an unterminated quoted string, quoted identifier, dollar quote or /* comment",
      .help = "close the quote or comment; everything after it is one broken statement",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
