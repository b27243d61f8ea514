// lossy-type-change: ALTER COLUMN ... TYPE to a type that can cut or reject values.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "analyzer/analysis.h"
#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

// Without history: target types that hold less than most types converted
// to them. With history the analyzer's verdict on the conversion decides.
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
    // The analyzer judged each change with the column's type from earlier
    // migrations, in the order of the commands.
    const StatementAnalysis* analysis = s.parsed->analysis;
    size_t n = 0;
    for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(*s.node())) {
      if (cmd->subtype() != pg_query::AT_AlterColumnType || !cmd->def().has_column_def()) continue;
      const TypeChange* change = analysis != nullptr && n < analysis->type_changes.size()
                                     ? &analysis->type_changes[n]
                                     : nullptr;
      ++n;
      const pg_query::ColumnDef& def = cmd->def().column_def();
      const pg_query::TypeName& type = def.type_name();
      std::string column =
          fmt::format("{}.{}", RelationDisplay(table), QuoteIdentifier(cmd->name()));
      if (def.has_raw_default()) {  // ALTER ... TYPE ... USING expr
        out.Report(
            fmt::format("changing {} to {} converts every value with a USING expression; what the "
                        "expression drops cannot be restored by a Down",
                        column, TypeDisplay(type)));
        continue;
      }
      if (change != nullptr && !change->from.empty()) {
        ReportKnown(column, *change, out);
        continue;
      }
      // No history for the column: judge the target type alone.
      std::string base = TypeBase(type);
      bool narrow = HasTypmods(type) ||
                    std::find(kNarrowTypes.begin(), kNarrowTypes.end(), base) != kNarrowTypes.end();
      if (!narrow) continue;
      out.Report(
          fmt::format("changing {} to {} may truncate, round or reject existing values, and a Down "
                      "changing it back cannot restore what was cut",
                      column, TypeDisplay(type)));
    }
  }

 private:
  static void ReportKnown(const std::string& column, const TypeChange& change, Emitter& out) {
    const Conversion& c = change.forward;
    switch (c.effect) {
      case ValueEffect::kExact:
        return;
      case ValueEffect::kMayFail:
        out.Report(fmt::format("changing {} from {} to {} {}: the migration fails on such data",
                               column, change.from, change.to, c.failure));
        return;
      case ValueEffect::kLossy:
        out.Report(fmt::format(
            "changing {} from {} to {} {} without an error{}, and a Down changing it back cannot "
            "restore what was cut",
            column, change.from, change.to, c.loss,
            c.failure.empty() ? "" : fmt::format("; it {}", c.failure)));
        return;
      case ValueEffect::kUnknown:
      case ValueEffect::kNoCast:
        out.Report(
            fmt::format("changing {} from {} to {}: {}", column, change.from, change.to, c.reason));
        return;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeLossyTypeChangeRule() { return std::make_unique<LossyTypeChange>(); }

}  // namespace tidemark::analyzer::lint
