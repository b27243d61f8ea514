// orphan-undo-file: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeOrphanUndoFileRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "orphan-undo-file",
      .severity = Severity::kWarning,
      .family = Family::kDown,
      .summary = "an _undo.sql file with no migration of the same name; it is ignored",
      .help = "rename it after its migration, or delete it",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
