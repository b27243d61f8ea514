#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {

Reversal ReverseCreateTable(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_stmt();
  QualName name = NameOf(stmt.relation());
  if (stmt.if_not_exists() && ctx.catalog.FindTable(name) != nullptr) {
    return Make(Reversibility::kConditional,
                "table " + name.name +
                    " already exists from an earlier migration, so IF NOT EXISTS makes this a "
                    "no-op; nothing to undo");
  }
  std::vector<DownPart> down{TextPart("DROP TABLE " + name.Sql(), pg_query::Node::kDropStmt)};
  if (stmt.if_not_exists()) {
    return Make(
        Reversibility::kConditional,
        "DROP TABLE undoes it, assuming " + name.name + " did not exist before (IF NOT EXISTS)",
        std::move(down));
  }
  return Make(Reversibility::kReversible, "DROP TABLE removes the new table", std::move(down));
}

Reversal ReverseCreateTableAs(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_table_as_stmt();
  QualName name = NameOf(stmt.into().rel());
  bool matview = stmt.objtype() == pg_query::OBJECT_MATVIEW;
  std::string kind = matview ? "MATERIALIZED VIEW" : "TABLE";
  if (stmt.is_select_into()) {
    return Unknown("SELECT INTO creates a table; write its Down (DROP TABLE) by hand");
  }
  std::vector<DownPart> down{
      TextPart("DROP " + kind + " " + name.Sql(), pg_query::Node::kDropStmt)};
  if (stmt.if_not_exists()) {
    return Make(Reversibility::kConditional,
                "DROP " + kind + " undoes it, assuming " + name.name + " did not exist before",
                std::move(down));
  }
  return Make(Reversibility::kReversible, "DROP " + kind + " removes it", std::move(down));
}

}  // namespace tidemark::analyzer
