#include "analyzer/lint/tree.h"

#include <algorithm>
#include <array>

#include "analyzer/parse_tree.h"

namespace tidemark::analyzer::lint {

std::string StringOf(const pg_query::Node& node) {
  return node.has_string() ? node.string().sval() : std::string();
}

std::string JoinNames(const NodeList& names) {
  std::string out;
  for (const pg_query::Node& n : names) {
    if (!n.has_string()) continue;
    if (!out.empty()) out += '.';
    out += QuoteIdentifier(n.string().sval());
  }
  return out;
}

std::string LastName(const NodeList& names) {
  return names.empty() ? std::string() : StringOf(names[names.size() - 1]);
}

std::string RelationKey(const pg_query::RangeVar& relation) { return relation.relname(); }

std::string RelationDisplay(const pg_query::RangeVar& relation) {
  return QualifiedName(relation.schemaname(), relation.relname());
}

std::string TypeBase(const pg_query::TypeName& type) { return LastName(type.names()); }

bool HasTypmods(const pg_query::TypeName& type) { return type.typmods_size() > 0; }

std::string FunctionName(const pg_query::FuncCall& call) { return LastName(call.funcname()); }

const pg_query::Constraint* ColumnConstraint(const pg_query::ColumnDef& column,
                                             pg_query::ConstrType type) {
  for (const pg_query::Node& n : column.constraints()) {
    if (n.has_constraint() && n.constraint().contype() == type) return &n.constraint();
  }
  return nullptr;
}

std::vector<const pg_query::AlterTableCmd*> AlterTableCommands(const pg_query::Node& stmt) {
  std::vector<const pg_query::AlterTableCmd*> out;
  if (!stmt.has_alter_table_stmt()) return out;
  for (const pg_query::Node& n : stmt.alter_table_stmt().cmds()) {
    if (n.has_alter_table_cmd()) out.push_back(&n.alter_table_cmd());
  }
  return out;
}

namespace {

// Functions PostgreSQL declares immutable or stable that column defaults
// commonly call. Anything else may be volatile and force a table rewrite.
constexpr std::array<std::string_view, 40> kStableFunctions{
    "now",
    "transaction_timestamp",
    "statement_timestamp",
    "current_timestamp",
    "current_date",
    "localtimestamp",
    "lower",
    "upper",
    "btrim",
    "trim",
    "concat",
    "coalesce",
    "nullif",
    "greatest",
    "least",
    "length",
    "to_char",
    "to_date",
    "to_timestamp",
    "to_number",
    "date_trunc",
    "make_date",
    "make_timestamp",
    "make_timestamptz",
    "make_interval",
    "jsonb_build_object",
    "json_build_object",
    "jsonb_build_array",
    "json_build_array",
    "array_fill",
    "md5",
    "timezone",
    "current_user",
    "session_user",
    "current_schema",
    "current_setting",
    "abs",
    "round",
    "floor",
    "ceil",
};

bool IsStable(const std::string& name, const std::vector<std::string>& stable) {
  return std::find(kStableFunctions.begin(), kStableFunctions.end(), name) !=
             kStableFunctions.end() ||
         std::find(stable.begin(), stable.end(), name) != stable.end();
}

bool AnyVolatile(const NodeList& nodes, const std::vector<std::string>& stable,
                 std::string* culprit) {
  return std::any_of(nodes.begin(), nodes.end(),
                     [&](const pg_query::Node& n) { return MayBeVolatile(n, stable, culprit); });
}

}  // namespace

bool MayBeVolatile(const pg_query::Node& expr, const std::vector<std::string>& stable,
                   std::string* culprit) {
  switch (expr.node_case()) {
    case pg_query::Node::kFuncCall: {
      const pg_query::FuncCall& call = expr.func_call();
      std::string name = FunctionName(call);
      if (!IsStable(name, stable)) {
        if (culprit != nullptr) *culprit = name;
        return true;
      }
      return AnyVolatile(call.args(), stable, culprit);
    }
    case pg_query::Node::kTypeCast:
      return expr.type_cast().has_arg() && MayBeVolatile(expr.type_cast().arg(), stable, culprit);
    case pg_query::Node::kAExpr: {
      const pg_query::A_Expr& e = expr.a_expr();
      return (e.has_lexpr() && MayBeVolatile(e.lexpr(), stable, culprit)) ||
             (e.has_rexpr() && MayBeVolatile(e.rexpr(), stable, culprit));
    }
    case pg_query::Node::kBoolExpr:
      return AnyVolatile(expr.bool_expr().args(), stable, culprit);
    case pg_query::Node::kAArrayExpr:
      return AnyVolatile(expr.a_array_expr().elements(), stable, culprit);
    case pg_query::Node::kCoalesceExpr:
      return AnyVolatile(expr.coalesce_expr().args(), stable, culprit);
    case pg_query::Node::kMinMaxExpr:
      return AnyVolatile(expr.min_max_expr().args(), stable, culprit);
    case pg_query::Node::kRowExpr:
      return AnyVolatile(expr.row_expr().args(), stable, culprit);
    case pg_query::Node::kCaseExpr: {
      const pg_query::CaseExpr& c = expr.case_expr();
      if (c.has_arg() && MayBeVolatile(c.arg(), stable, culprit)) return true;
      if (c.has_defresult() && MayBeVolatile(c.defresult(), stable, culprit)) return true;
      for (const pg_query::Node& w : c.args()) {
        if (!w.has_case_when()) continue;
        if (MayBeVolatile(w.case_when().expr(), stable, culprit) ||
            MayBeVolatile(w.case_when().result(), stable, culprit)) {
          return true;
        }
      }
      return false;
    }
    case pg_query::Node::kSubLink:
      if (culprit != nullptr) *culprit = "a subquery";
      return true;
    default:
      return false;  // constants, SQL value functions (CURRENT_TIMESTAMP, ...)
  }
}

int NodeLocation(const pg_query::Node& node) {
  switch (node.node_case()) {
    case pg_query::Node::kConstraint:
      return node.constraint().location();
    case pg_query::Node::kColumnDef:
      return node.column_def().location();
    case pg_query::Node::kRangeVar:
      return node.range_var().location();
    case pg_query::Node::kFuncCall:
      return node.func_call().location();
    case pg_query::Node::kTypeCast:
      return node.type_cast().location();
    case pg_query::Node::kAConst:
      return node.a_const().location();
    case pg_query::Node::kColumnRef:
      return node.column_ref().location();
    default:
      return -1;
  }
}

}  // namespace tidemark::analyzer::lint

namespace tidemark::analyzer::lint {

std::vector<std::string> ObjectNameParts(const pg_query::Node& object) {
  std::vector<std::string> parts;
  if (object.has_list()) {
    for (const pg_query::Node& n : object.list().items()) {
      if (n.has_string()) parts.push_back(n.string().sval());
    }
  } else if (object.has_string()) {
    parts.push_back(object.string().sval());
  } else if (object.has_type_name()) {
    for (const pg_query::Node& n : object.type_name().names()) {
      if (n.has_string()) parts.push_back(n.string().sval());
    }
  } else if (object.has_object_with_args()) {
    for (const pg_query::Node& n : object.object_with_args().objname()) {
      if (n.has_string()) parts.push_back(n.string().sval());
    }
  }
  return parts;
}

std::string JoinParts(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += '.';
    out += QuoteIdentifier(p);
  }
  return out;
}

}  // namespace tidemark::analyzer::lint
