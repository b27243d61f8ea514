// add-stored-generated-column: ADD COLUMN ... GENERATED ALWAYS AS (...) STORED rewrites the table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class AddStoredGeneratedColumn : public Rule {
 public:
  AddStoredGeneratedColumn()
      : Rule({
            .id = "add-stored-generated-column",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "ADD COLUMN ... GENERATED ALWAYS AS (...) STORED computes every row, "
                       "rewriting the table under ACCESS EXCLUSIVE",
            .help = "add a plain column filled by a trigger for new rows, backfill existing rows "
                    "in batches, or compute the value in a view",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AddColumn || !cmd->def().has_column_def()) continue;
      const pg_query::ColumnDef& column = cmd->def().column_def();
      const pg_query::Constraint* c = ColumnConstraint(column, pg_query::CONSTR_GENERATED);
      if (c == nullptr) continue;
      out.ReportAt(c->location(),
                   fmt::format("adding stored generated column {} computes it for every "
                               "existing row: {} and its indexes are rewritten under an ACCESS "
                               "EXCLUSIVE lock",
                               QuoteIdentifier(column.colname()), RelationDisplay(table)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAddStoredGeneratedColumnRule() {
  return std::make_unique<AddStoredGeneratedColumn>();
}

}  // namespace tidemark::analyzer::lint
