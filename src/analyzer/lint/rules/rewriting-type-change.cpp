// rewriting-type-change: ALTER COLUMN ... TYPE that rewrites the table under ACCESS EXCLUSIVE.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

// Changes to these targets are usually binary-compatible (varchar -> text,
// varchar(n) -> varchar(m > n)): PostgreSQL keeps the table as it is.
bool UsuallyNoRewrite(const pg_query::TypeName& type) {
  std::string base = TypeBase(type);
  if (base == "text" || base == "citext") return true;
  if (base == "varchar") return true;  // widening, or dropping the limit
  if (base == "numeric" && !HasTypmods(type)) return true;
  return false;
}

class RewritingTypeChange : public Rule {
 public:
  RewritingTypeChange()
      : Rule({
            .id = "rewriting-type-change",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "a column type change that rewrites the table and its indexes under an "
                       "ACCESS EXCLUSIVE lock",
            .help = "add a new column of the new type, backfill it in batches, swap the columns "
                    "in a short migration, and drop the old one later",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    const StatementAnalysis* analysis = s.analysis();
    bool analyzed = analysis != nullptr && analysis->reversibility != Reversibility::kUnknown &&
                    !analysis->kind.empty();
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AlterColumnType || !cmd->def().has_column_def()) continue;
      const pg_query::ColumnDef& def = cmd->def().column_def();
      bool rewrites = analyzed ? analysis->lock.rewrites
                               : (def.has_raw_default() || !UsuallyNoRewrite(def.type_name()));
      if (!rewrites) continue;
      out.Report(fmt::format(
          "changing {}.{} to {} rewrites {} and all its indexes while holding an ACCESS "
          "EXCLUSIVE lock: reads and writes wait until it finishes",
          RelationDisplay(table), QuoteIdentifier(cmd->name()), TypeDisplay(def.type_name()),
          RelationDisplay(table)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRewritingTypeChangeRule() {
  return std::make_unique<RewritingTypeChange>();
}

}  // namespace tidemark::analyzer::lint
