// sql-before-first-marker: found by the migration file parser (src/parser); this rule
// describes it so that lint can report, configure and ignore it.
#include "analyzer/lint/rules/rules.h"

namespace tidemark::analyzer::lint {

std::unique_ptr<Rule> MakeSqlBeforeFirstMarkerRule() {
  return std::make_unique<Rule>(RuleInfo{
      .id = "sql-before-first-marker",
      .severity = Severity::kError,
      .family = Family::kHygiene,
      .summary = "SQL above the first `-- +migrate` marker belongs to no section and never runs",
      .help = "move the SQL below `-- +migrate Up`, or turn it into a comment",
      .sections = kBothSections,
      .from_parser = true,
  });
}

}  // namespace tidemark::analyzer::lint
