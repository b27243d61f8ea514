// volatile-default: ADD COLUMN with a volatile default rewrites the table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class VolatileDefault : public Rule {
 public:
  VolatileDefault()
      : Rule({
            .id = "volatile-default",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "ADD COLUMN with a volatile DEFAULT (random(), gen_random_uuid(), "
                       "clock_timestamp(), ...) rewrites the table under ACCESS EXCLUSIVE",
            .help = "add the column without a default, then SET DEFAULT in its own statement "
                    "(new rows only) and backfill existing rows in batches",
            .options = {{.name = "stable_functions",
                         .kind = OptionKind::kList,
                         .default_value = "",
                         .help = "more function names you know to be immutable or stable, which "
                                 "a default may call without a rewrite"}},
        }) {}

  void Check(const StatementContext& s, const RuleOptions& options, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AddColumn || !cmd->def().has_column_def()) continue;
      const pg_query::ColumnDef& column = cmd->def().column_def();
      const pg_query::Constraint* def = ColumnConstraint(column, pg_query::CONSTR_DEFAULT);
      if (def == nullptr || !def->has_raw_expr()) continue;
      std::string culprit;
      bool is_null = def->raw_expr().has_a_const() && def->raw_expr().a_const().isnull();
      if (s.pg_version().major < 11 && !is_null) {
        out.ReportAt(def->location(),
                     fmt::format("before PostgreSQL 11 any DEFAULT on ADD COLUMN rewrites {} "
                                 "under an ACCESS EXCLUSIVE lock (target is {})",
                                 RelationDisplay(table), s.pg_version().major));
        continue;
      }
      if (!MayBeVolatile(def->raw_expr(), options.List("stable_functions"), &culprit)) continue;
      out.ReportAt(
          def->location(),
          fmt::format("the default of new column {} calls {}, which may be volatile: "
                      "PostgreSQL then computes it for every existing row, rewriting {} "
                      "and its indexes under an ACCESS EXCLUSIVE lock",
                      QuoteIdentifier(column.colname()),
                      culprit == "a subquery" ? culprit : culprit + "()", RelationDisplay(table)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeVolatileDefaultRule() { return std::make_unique<VolatileDefault>(); }

}  // namespace tidemark::analyzer::lint
