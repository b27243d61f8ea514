// rename-table: ALTER TABLE ... RENAME TO breaks the running application.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class RenameTable : public Rule {
 public:
  RenameTable()
      : Rule({
            .id = "rename-table",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "renaming a table breaks every running query that uses the old name",
            .help = "create the new table (or a view named like the new table) and move readers "
                    "and writers over in steps; rename only when no deployed code uses the old "
                    "name",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_rename_stmt()) return;
    const pg_query::RenameStmt& rename = s.node()->rename_stmt();
    if (rename.rename_type() != pg_query::OBJECT_TABLE || !rename.has_relation()) return;
    if (s.state->Created(RelationKey(rename.relation()))) return;
    out.Report(fmt::format(
        "renaming table {} to {} breaks the deployed application's queries that still use the "
        "old name, and takes an ACCESS EXCLUSIVE lock",
        RelationDisplay(rename.relation()), QuoteIdentifier(rename.newname())));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRenameTableRule() { return std::make_unique<RenameTable>(); }

}  // namespace tidemark::analyzer::lint
