// invalid-utf8: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeInvalidUtf8Rule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "invalid-utf8",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "bytes that are not valid UTF-8",
      .help = "save the file as UTF-8",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
