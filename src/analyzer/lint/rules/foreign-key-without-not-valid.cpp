// foreign-key-without-not-valid: ADD FOREIGN KEY that validates every row at once.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class ForeignKeyWithoutNotValid : public Rule {
 public:
  ForeignKeyWithoutNotValid()
      : Rule({
            .id = "foreign-key-without-not-valid",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "ADD FOREIGN KEY without NOT VALID checks every row while blocking writes "
                       "to both tables",
            .help = "add the constraint NOT VALID, then VALIDATE CONSTRAINT in a later migration; "
                    "validation takes only a SHARE UPDATE EXCLUSIVE lock",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AddConstraint || !cmd->def().has_constraint()) continue;
      const pg_query::Constraint& c = cmd->def().constraint();
      if (c.contype() != pg_query::CONSTR_FOREIGN || c.skip_validation()) continue;
      if (s.state->Created(RelationKey(c.pktable()))) continue;  // the parent is new and empty
      out.ReportAt(c.location(),
                   fmt::format("adding foreign key {}without NOT VALID scans {} while holding "
                               "SHARE ROW EXCLUSIVE locks on {} and {}: writes to both wait",
                               c.conname().empty() ? "" : QuoteIdentifier(c.conname()) + " ",
                               RelationDisplay(table), RelationDisplay(table),
                               RelationDisplay(c.pktable())));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeForeignKeyWithoutNotValidRule() {
  return std::make_unique<ForeignKeyWithoutNotValid>();
}

}  // namespace tidemark::analyzer::lint
