// unknown-marker: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnknownMarkerRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unknown-marker",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "a `-- +migrate` line with a word tidemark does not know (a typo such as `-- "
                 "+migrate Dwon`)",
      .help = "spell the marker Up, Down, StatementBegin or StatementEnd; a misspelt marker "
              "silently moves SQL into the wrong section",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
