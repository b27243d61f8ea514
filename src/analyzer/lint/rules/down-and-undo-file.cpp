// down-and-undo-file: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeDownAndUndoFileRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "down-and-undo-file",
      .severity = Severity::kWarning,
      .family = Family::kDown,
      .summary = "both a Down section and an _undo.sql file: the Down section wins and the file is "
                 "ignored",
      .help = "keep one Down: delete the _undo.sql file or the Down section",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
