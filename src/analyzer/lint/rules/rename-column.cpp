// rename-column: ALTER TABLE ... RENAME COLUMN breaks the running application.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class RenameColumn : public Rule {
 public:
  RenameColumn()
      : Rule({
            .id = "rename-column",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "renaming a column breaks every running query that uses the old name",
            .help = "add the new column, write both, backfill, move readers over, and drop the "
                    "old column in a later release",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_rename_stmt()) return;
    const pg_query::RenameStmt& rename = s.node()->rename_stmt();
    if (rename.rename_type() != pg_query::OBJECT_COLUMN || !rename.has_relation()) return;
    if (rename.relation_type() != pg_query::OBJECT_TABLE) return;
    if (s.state->Created(RelationKey(rename.relation()))) return;
    out.Report(fmt::format(
        "renaming column {}.{} to {} breaks the deployed application's queries that still use "
        "the old name",
        RelationDisplay(rename.relation()), QuoteIdentifier(rename.subname()),
        QuoteIdentifier(rename.newname())));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRenameColumnRule() { return std::make_unique<RenameColumn>(); }

}  // namespace tidemark::analyzer::lint
