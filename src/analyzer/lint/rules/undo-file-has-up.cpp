// undo-file-has-up: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUndoFileHasUpRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "undo-file-has-up",
      .severity = Severity::kWarning,
      .family = Family::kDown,
      .summary = "an _undo.sql file with an Up section, which never runs",
      .help = "remove the Up section from the _undo.sql file",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
