#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {

Reversal ReverseTruncate(const ReverseContext&) {
  return Irreversible("TRUNCATE deletes every row; the data cannot come back");
}

Reversal ReverseDelete(const ReverseContext&) {
  return Irreversible("DELETE removes rows; the data cannot come back");
}

Reversal ReverseUpdate(const ReverseContext&) {
  return Irreversible("UPDATE overwrites values; the old values cannot come back");
}

Reversal ReverseInsert(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.insert_stmt();
  QualName table = NameOf(stmt.relation());
  const auto& select = stmt.select_stmt().select_stmt();
  if (stmt.cols_size() == 0 || select.values_lists_size() == 0 || stmt.has_on_conflict_clause() ||
      stmt.has_with_clause()) {
    return Irreversible(
        "INSERT ... SELECT (or without a column list) adds rows tidemark cannot identify; "
        "write a DELETE by hand");
  }
  // DELETE the inserted rows by their values; every value must be a constant.
  std::vector<DownPart> down;
  for (const auto& row : select.values_lists()) {
    const auto& items = row.list().items();
    if (items.size() != stmt.cols_size()) return Irreversible("INSERT row and column list differ");
    std::string where;
    for (int i = 0; i < items.size(); ++i) {
      const auto& v = items[i];
      std::string col = Quote(stmt.cols(i).res_target().name());
      std::string cond;
      if (v.has_a_const()) {
        const auto& c = v.a_const();
        if (c.isnull()) {
          cond = col + " IS NULL";
        } else if (c.has_ival()) {
          cond = col + " = " + std::to_string(c.ival().ival());
        } else if (c.has_fval()) {
          cond = col + " = " + c.fval().fval();
        } else if (c.has_sval()) {
          cond = col + " = " + QuoteLiteral(c.sval().sval());
        } else if (c.has_boolval()) {
          cond = col + (c.boolval().boolval() ? " = true" : " = false");
        } else {
          return Irreversible("INSERT of a value tidemark cannot compare; write a DELETE by hand");
        }
      } else {
        return Irreversible(
            "INSERT of computed values (functions, defaults): the rows cannot be identified; "
            "write a DELETE by hand");
      }
      where += (where.empty() ? "" : " AND ") + cond;
    }
    down.push_back(
        TextPart("DELETE FROM " + table.Sql() + " WHERE " + where, pg_query::Node::kDeleteStmt));
  }
  return Make(Reversibility::kConditional,
              "DELETE removes the inserted rows by their values, assuming no identical row "
              "existed before",
              std::move(down));
}

Reversal ReverseDo(const ReverseContext&) {
  return Irreversible("DO blocks run arbitrary code; tidemark cannot know what to undo");
}

Reversal ReverseCall(const ReverseContext&) {
  return Unknown("CALL runs a procedure whose effects tidemark cannot see; write its Down by hand");
}

Reversal ReverseSelect(const ReverseContext& ctx) {
  if (ContainsNode(ctx.stmt, pg_query::Node::kFuncCall) ||
      ctx.stmt.select_stmt().has_into_clause()) {
    return Unknown(
        "SELECT calls functions that may change state (setval, set_config, ...); "
        "write its Down by hand if it does");
  }
  return Make(Reversibility::kReversible, "a query changes nothing; nothing to undo");
}

Reversal ReverseSessionSetting(const ReverseContext&) {
  return Make(Reversibility::kReversible, "a session setting; nothing to undo");
}

Reversal ReverseTransaction(const ReverseContext&) {
  return Make(Reversibility::kReversible,
              "transaction control; nothing to undo (tidemark wraps each migration itself)");
}

Reversal ReverseMaintenance(const ReverseContext&) {
  return Make(Reversibility::kReversible, "no schema change; nothing to undo");
}

}  // namespace tidemark::analyzer
