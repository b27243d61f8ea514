// primary-key-without-using-index: ADD PRIMARY KEY builds its index under ACCESS EXCLUSIVE.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class PrimaryKeyWithoutUsingIndex : public Rule {
 public:
  PrimaryKeyWithoutUsingIndex()
      : Rule({
            .id = "primary-key-without-using-index",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "ADD PRIMARY KEY builds the index (and checks NOT NULL) while holding an "
                       "ACCESS EXCLUSIVE lock",
            .help = "CREATE UNIQUE INDEX CONCURRENTLY in a notransaction migration first, then "
                    "ADD CONSTRAINT name PRIMARY KEY USING INDEX index_name",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      const pg_query::Constraint* c = nullptr;
      if (cmd->subtype() == pg_query::AT_AddConstraint && cmd->def().has_constraint()) {
        c = &cmd->def().constraint();
        if (c->contype() != pg_query::CONSTR_PRIMARY) c = nullptr;
      } else if (cmd->subtype() == pg_query::AT_AddColumn && cmd->def().has_column_def()) {
        c = ColumnConstraint(cmd->def().column_def(), pg_query::CONSTR_PRIMARY);
      }
      if (c == nullptr || !c->indexname().empty()) continue;
      out.ReportAt(c->location(),
                   fmt::format("adding a PRIMARY KEY {}builds its index while {} is locked "
                               "ACCESS EXCLUSIVE: reads and writes wait for the build",
                               c->conname().empty() ? "" : QuoteIdentifier(c->conname()) + " ",
                               RelationDisplay(table)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakePrimaryKeyWithoutUsingIndexRule() {
  return std::make_unique<PrimaryKeyWithoutUsingIndex>();
}

}  // namespace tidemark::analyzer::lint
