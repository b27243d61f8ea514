#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {

Reversal ReverseCreateIndex(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.index_stmt();
  QualName table = NameOf(stmt.relation());
  QualName index{table.schema, stmt.idxname(), table.explicit_schema};
  bool computed = index.name.empty();
  if (computed) {
    const TableDef* t = ctx.catalog.FindTable(table);
    if (t != nullptr && !t->modelled) {
      return Unknown("the index is unnamed and table " + table.name +
                     " holds indexes and constraints tidemark cannot name (" + t->why_opaque +
                     "), so its default name is unknown");
    }
    index.name = DefaultIndexName(ctx.catalog, stmt);
  }
  if (stmt.if_not_exists() && ctx.catalog.FindIndex(index) != nullptr) {
    return Make(Reversibility::kConditional,
                "index " + index.name +
                    " already exists from an earlier migration, so IF NOT EXISTS makes this a "
                    "no-op; nothing to undo");
  }
  std::string sql =
      std::string("DROP INDEX ") + (stmt.concurrent() ? "CONCURRENTLY " : "") + index.Sql();
  std::vector<DownPart> down{TextPart(sql, pg_query::Node::kDropStmt)};
  if (computed) {
    return Make(Reversibility::kConditional,
                "the index is unnamed: DROP INDEX uses PostgreSQL's default name " + index.name,
                std::move(down));
  }
  if (stmt.if_not_exists()) {
    return Make(Reversibility::kConditional,
                "DROP INDEX undoes it, assuming " + index.name + " did not exist before",
                std::move(down));
  }
  return Make(Reversibility::kReversible,
              stmt.concurrent() ? "DROP INDEX CONCURRENTLY removes the new index"
                                : "DROP INDEX removes the new index",
              std::move(down));
}

}  // namespace tidemark::analyzer
