// lossy-type-change: ALTER COLUMN ... TYPE to a type that can cut or reject values.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

// Target types that hold less than most types converted to them.
constexpr std::array<std::string_view, 11> kNarrowTypes{"int2", "int4", "float4",    "bool",
                                                        "date", "time", "timestamp", "bpchar",
                                                        "char", "bit",  "varbit"};

class LossyTypeChange : public Rule {
 public:
  LossyTypeChange()
      : Rule({
            .id = "lossy-type-change",
            .severity = Severity::kWarning,
            .family = Family::kDestructive,
            .summary = "a column type change that can truncate, round or reject existing values",
            .help = "add a new column of the new type, backfill it, and switch readers over; "
                    "keep the old column until the new one is proven, so a Down can use it",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_alter_table_stmt()) return;
    const pg_query::RangeVar& table = s.node()->alter_table_stmt().relation();
    if (s.state->Created(RelationKey(table))) return;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AlterColumnType || !cmd->def().has_column_def()) continue;
      const pg_query::ColumnDef& def = cmd->def().column_def();
      const pg_query::TypeName& type = def.type_name();
      std::string base = TypeBase(type);
      bool narrow = HasTypmods(type) ||
                    std::find(kNarrowTypes.begin(), kNarrowTypes.end(), base) != kNarrowTypes.end();
      bool using_expr = def.has_raw_default();  // ALTER ... TYPE ... USING expr
      if (!narrow && !using_expr) continue;
      std::string column =
          fmt::format("{}.{}", RelationDisplay(table), QuoteIdentifier(cmd->name()));
      if (using_expr) {
        out.Report(
            fmt::format("changing {} to {} converts every value with a USING expression; what the "
                        "expression drops cannot be restored by a Down",
                        column, TypeDisplay(type)));
      } else {
        out.Report(fmt::format(
            "changing {} to {} may truncate, round or reject existing values, and a Down "
            "changing it back cannot restore what was cut",
            column, TypeDisplay(type)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeLossyTypeChangeRule() { return std::make_unique<LossyTypeChange>(); }

}  // namespace tidemark::analyzer::lint
