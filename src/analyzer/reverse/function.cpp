#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {
Reversal ReverseCreateFunction(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_function_stmt();
  QualName name = NameOfList(stmt.funcname());
  std::string key = FunctionKey(name, stmt.parameters());
  const char* kind = stmt.is_procedure() ? "PROCEDURE" : "FUNCTION";
  const ObjectDef* old = ctx.catalog.FindFunction(key);
  if (stmt.replace() && old != nullptr) {
    return Make(Reversibility::kNeedsHistory,
                std::string("CREATE OR REPLACE restores the earlier body of ") + name.name,
                {ReplacePart(*old, "restores the earlier definition")});
  }
  // DROP FUNCTION name(argument types): render the signature from the tree.
  pg_query::Node drop = Template(std::string("DROP ") + kind + " f(int)");
  auto* owa = drop.mutable_drop_stmt()->mutable_objects(0)->mutable_object_with_args();
  SetNameList(name, owa->mutable_objname());
  owa->clear_objargs();
  owa->clear_objfuncargs();
  for (const auto& p : stmt.parameters()) {
    const auto& fp = p.function_parameter();
    if (fp.mode() == pg_query::FUNC_PARAM_OUT || fp.mode() == pg_query::FUNC_PARAM_TABLE) continue;
    *owa->add_objargs()->mutable_type_name() = fp.arg_type();
    pg_query::Node fa = p;
    fa.mutable_function_parameter()->clear_defexpr();
    if (fa.function_parameter().mode() == pg_query::FUNC_PARAM_DEFAULT) {
      fa.mutable_function_parameter()->set_mode(pg_query::FUNC_PARAM_IN);
    }
    *owa->add_objfuncargs() = fa;
  }
  std::vector<DownPart> down{TreePart(drop)};
  if (stmt.replace()) {
    return Make(Reversibility::kConditional,
                std::string("DROP ") + kind + " undoes it, assuming " + name.name +
                    " did not exist before (no earlier migration creates it)",
                std::move(down));
  }
  return Make(Reversibility::kReversible, std::string("DROP ") + kind + " removes it",
              std::move(down));
}

Reversal ReverseCreateView(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.view_stmt();
  QualName name = NameOf(stmt.view());
  const ObjectDef* old = ctx.catalog.FindView(name);
  std::vector<DownPart> drop{TextPart("DROP VIEW " + name.Sql(), pg_query::Node::kDropStmt)};
  if (stmt.replace() && old != nullptr) {
    if (old->stale) {
      return Unknown("the earlier definition of view " + name.name +
                     " refers to a table or column renamed since");
    }
    // CREATE OR REPLACE VIEW cannot drop columns: drop and recreate instead.
    drop.push_back(RecreateObjectPart(*old, "restores the earlier definition"));
    if (auto c = ctx.catalog.Comment("REL " + name.Key())) {
      drop.push_back(TextPart("COMMENT ON VIEW " + name.Sql() + " IS " + QuoteLiteral(*c),
                              pg_query::Node::kCommentStmt));
    }
    return Make(Reversibility::kNeedsHistory,
                "recreates view " + name.name + " with its earlier definition", std::move(drop));
  }
  if (stmt.replace()) {
    return Make(Reversibility::kConditional,
                "DROP VIEW undoes it, assuming " + name.name +
                    " did not exist before (no earlier migration creates it)",
                std::move(drop));
  }
  return Make(Reversibility::kReversible, "DROP VIEW removes the new view", std::move(drop));
}

Reversal ReverseCreateTrigger(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.create_trig_stmt();
  QualName table = NameOf(stmt.relation());
  const ObjectDef* old = ctx.catalog.FindTrigger(table, stmt.trigname());
  if (stmt.replace() && old != nullptr) {
    return Make(Reversibility::kNeedsHistory, "restores the earlier trigger definition",
                {ReplacePart(*old, "restores the earlier definition")});
  }
  std::vector<DownPart> down{TextPart(
      "DROP TRIGGER " + Quote(stmt.trigname()) + " ON " + table.Sql(), pg_query::Node::kDropStmt)};
  if (stmt.replace()) {
    return Make(Reversibility::kConditional,
                "DROP TRIGGER undoes it, assuming it did not exist before", std::move(down));
  }
  return Make(Reversibility::kReversible, "DROP TRIGGER removes the new trigger", std::move(down));
}

}  // namespace tidemark::analyzer
