// unversioned-file: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeUnversionedFileRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "unversioned-file",
      .severity = Severity::kWarning,
      .family = Family::kHygiene,
      .summary = "a .sql file in the migrations folder whose name has no version; it is ignored",
      .help = "name migrations VERSION_label.sql (e.g. 20260520_103245_add_users.sql), or move the "
              "file elsewhere",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
