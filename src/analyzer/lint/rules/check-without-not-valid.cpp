// check-without-not-valid: ADD CHECK that scans the table under ACCESS EXCLUSIVE.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class CheckWithoutNotValid : public Rule {
 public:
  CheckWithoutNotValid()
      : Rule({
            .id = "check-without-not-valid",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "ADD CHECK without NOT VALID scans the whole table under an ACCESS "
                       "EXCLUSIVE lock",
            .help = "add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later migration; "
                    "validation takes only a SHARE UPDATE EXCLUSIVE lock",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() == pg_query::AT_AddConstraint && cmd->def().has_constraint()) {
        const pg_query::Constraint& c = cmd->def().constraint();
        if (c.contype() != pg_query::CONSTR_CHECK || c.skip_validation()) continue;
        out.ReportAt(c.location(),
                     fmt::format("adding check constraint {}without NOT VALID scans every row "
                                 "of {} while holding an ACCESS EXCLUSIVE lock",
                                 c.conname().empty() ? "" : QuoteIdentifier(c.conname()) + " ",
                                 RelationDisplay(table)));
      } else if (cmd->subtype() == pg_query::AT_AddColumn && cmd->def().has_column_def()) {
        const pg_query::ColumnDef& column = cmd->def().column_def();
        const pg_query::Constraint* c = ColumnConstraint(column, pg_query::CONSTR_CHECK);
        if (c == nullptr) continue;
        out.ReportAt(c->location(),
                     fmt::format("the CHECK on new column {} is validated against every row of "
                                 "{} under an ACCESS EXCLUSIVE lock; a column constraint cannot "
                                 "be NOT VALID",
                                 QuoteIdentifier(column.colname()), RelationDisplay(table)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeCheckWithoutNotValidRule() {
  return std::make_unique<CheckWithoutNotValid>();
}

}  // namespace tidemark::analyzer::lint
