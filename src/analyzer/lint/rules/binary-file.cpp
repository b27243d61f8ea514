// binary-file: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeBinaryFileRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "binary-file",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "a NUL byte: the file is not SQL text",
      .help = "replace the file with the SQL text it should hold",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
