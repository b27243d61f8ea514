#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {
namespace {

QualName ObjectName(const pg_query::Node& object) {
  if (object.has_list()) return NameOfList(object.list().items());
  if (object.has_type_name()) return NameOfList(object.type_name().names());
  QualName q;
  q.schema = std::string(kDefaultSchema);
  q.name = StringOf(object);
  return q;
}

struct One {
  Reversibility cls;
  std::string reason;
  std::vector<DownPart> down;
};

One Missing(const std::string& what, const std::string& name, bool if_exists) {
  if (if_exists) {
    return {Reversibility::kUnknown,
            what + " " + name +
                " is not known from earlier migrations; if it existed, recreate it by hand",
            {}};
  }
  return {Reversibility::kUnknown,
          what + " " + name + " is not created by an earlier migration; its definition is unknown",
          {}};
}

One DropOne(const ReverseContext& ctx, const pg_query::DropStmt& stmt,
            const pg_query::Node& object) {
  const Catalog& cat = ctx.catalog;
  switch (stmt.remove_type()) {
    case pg_query::OBJECT_TABLE: {
      QualName n = ObjectName(object);
      const TableDef* t = cat.FindTable(n);
      if (t == nullptr) return Missing("table", n.name, stmt.missing_ok());
      if (!t->modelled) {
        return {Reversibility::kUnknown,
                "table " + n.name + " cannot be rebuilt from history: " + t->why_opaque,
                {}};
      }
      return {Reversibility::kNeedsHistory,
              "recreates table " + n.name + " from its earlier definition; its data is lost",
              RecreateTable(cat, *t, n)};
    }
    case pg_query::OBJECT_INDEX: {
      QualName n = ObjectName(object);
      const ObjectDef* ix = cat.FindIndex(n);
      if (ix == nullptr) return Missing("index", n.name, stmt.missing_ok());
      std::vector<DownPart> d{CreateIndexPart(*ix, stmt.concurrent())};
      if (auto c = cat.Comment("REL " + n.Key())) d.push_back(CommentPart("INDEX " + n.Sql(), *c));
      return {Reversibility::kNeedsHistory,
              "recreates index " + n.name + " from its earlier definition", std::move(d)};
    }
    case pg_query::OBJECT_VIEW:
    case pg_query::OBJECT_MATVIEW: {
      QualName n = ObjectName(object);
      const ObjectDef* v = cat.FindView(n);
      bool mat = stmt.remove_type() == pg_query::OBJECT_MATVIEW;
      if (v == nullptr)
        return Missing(mat ? "materialized view" : "view", n.name, stmt.missing_ok());
      if (v->stale) {
        return {Reversibility::kUnknown,
                "view " + n.name +
                    "'s definition refers to a table or column renamed since; "
                    "recreate it by hand",
                {}};
      }
      std::vector<DownPart> d{RecreateObjectPart(
          *v, mat ? "recreates the materialized view; REFRESH it to restore its rows" : "")};
      if (auto c = cat.Comment("REL " + n.Key())) {
        d.push_back(CommentPart(std::string(mat ? "MATERIALIZED VIEW " : "VIEW ") + n.Sql(), *c));
      }
      // What went with it: its indexes, triggers and column comments.
      for (const ObjectDef* ix : cat.IndexesOf(n)) {
        d.push_back(CreateIndexPart(*ix, false));
        if (auto c = cat.Comment("REL " + ix->name.Key())) {
          d.push_back(CommentPart("INDEX " + ix->name.Sql(), *c));
        }
      }
      for (const ObjectDef* t : cat.TriggersOf(n)) d.push_back(RecreateObjectPart(*t));
      for (const auto& [key, text] : cat.CommentsWithPrefix("COLUMN " + n.Key() + "/")) {
        d.push_back(
            CommentPart("COLUMN " + n.Sql() + "." + Quote(key.substr(key.find('/') + 1)), text));
      }
      return {Reversibility::kNeedsHistory, "recreates " + n.name + " from its earlier definition",
              std::move(d)};
    }
    case pg_query::OBJECT_SEQUENCE: {
      QualName n = ObjectName(object);
      const ObjectDef* s = cat.FindSequence(n);
      if (s == nullptr) return Missing("sequence", n.name, stmt.missing_ok());
      return {Reversibility::kNeedsHistory,
              "recreates sequence " + n.name + "; its current value is lost",
              {RecreateObjectPart(*s, "the sequence restarts from its START value")}};
    }
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN: {
      QualName n = ObjectName(object);
      const ObjectDef* t = cat.FindType(n);
      if (t == nullptr) return Missing("type", n.name, stmt.missing_ok());
      return {Reversibility::kNeedsHistory,
              "recreates type " + n.name + " from its earlier definition",
              {RecreateObjectPart(*t)}};
    }
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_PROCEDURE:
    case pg_query::OBJECT_ROUTINE: {
      const auto& owa = object.object_with_args();
      QualName n = NameOfList(owa.objname());
      const ObjectDef* f = owa.args_unspecified()
                               ? cat.FindFunctionByName(n)
                               : cat.FindFunction(FunctionKeyFromArgs(n, owa.objargs()));
      if (f == nullptr) return Missing("function", n.name, stmt.missing_ok());
      return {Reversibility::kNeedsHistory,
              "recreates function " + n.name + " from its earlier definition",
              {RecreateObjectPart(*f)}};
    }
    case pg_query::OBJECT_TRIGGER:
    case pg_query::OBJECT_POLICY: {
      std::vector<std::string> parts = Strings(object.list().items());
      std::string sub = parts.back();
      parts.pop_back();
      QualName table;
      table.name = parts.back();
      table.explicit_schema = parts.size() >= 2;
      table.schema = table.explicit_schema ? parts[parts.size() - 2] : std::string(kDefaultSchema);
      bool trig = stmt.remove_type() == pg_query::OBJECT_TRIGGER;
      const ObjectDef* d = trig ? cat.FindTrigger(table, sub) : cat.FindPolicy(table, sub);
      if (d == nullptr) return Missing(trig ? "trigger" : "policy", sub, stmt.missing_ok());
      if (d->stale) {
        return {Reversibility::kUnknown,
                sub + " refers to a column renamed since; recreate it by hand",
                {}};
      }
      std::vector<DownPart> down{RecreateObjectPart(*d)};
      if (trig && !d->enabled) {
        down.push_back(TextPart("ALTER TABLE " + table.Sql() + " DISABLE TRIGGER " + Quote(sub),
                                pg_query::Node::kAlterTableStmt));
      }
      return {Reversibility::kNeedsHistory,
              std::string("recreates ") + (trig ? "trigger " : "policy ") + sub +
                  " from its earlier definition",
              std::move(down)};
    }
    case pg_query::OBJECT_SCHEMA: {
      std::string n = StringOf(object);
      if (!cat.HasSchema(n)) return Missing("schema", n, stmt.missing_ok());
      return {Reversibility::kNeedsHistory,
              "recreates the (empty) schema " + n,
              {TextPart("CREATE SCHEMA " + Quote(n), pg_query::Node::kCreateSchemaStmt)}};
    }
    case pg_query::OBJECT_EXTENSION: {
      std::string n = StringOf(object);
      return {Reversibility::kConditional,
              "CREATE EXTENSION recreates " + n + ", assuming the default version was installed",
              {TextPart("CREATE EXTENSION " + Quote(n), pg_query::Node::kCreateExtensionStmt)}};
    }
    default:
      return {Reversibility::kUnknown,
              std::string("tidemark does not model DROP ") + ObjectTypeName(stmt.remove_type()) +
                  " yet; write its Down by hand",
              {}};
  }
}

}  // namespace

Reversal ReverseDrop(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.drop_stmt();
  if (stmt.behavior() == pg_query::DROP_CASCADE) {
    return Irreversible(std::string("DROP ") + ObjectTypeName(stmt.remove_type()) +
                        " ... CASCADE also drops dependents tidemark cannot know");
  }
  std::vector<One> ones;
  for (const auto& object : stmt.objects()) ones.push_back(DropOne(ctx, stmt, object));
  if (ones.empty()) return Unknown("DROP without objects");
  Reversibility cls = ones[0].cls;
  std::string reason = ones[0].reason;
  std::vector<DownPart> down;
  for (size_t i = ones.size(); i-- > 0;) {
    if (ones[i].cls == Reversibility::kUnknown) {
      cls = Reversibility::kUnknown;
      reason = ones[i].reason;
      down.push_back(MissingPart(ones[i].reason));
    }
    for (auto& p : ones[i].down) {
      if (p.sql.empty() && p.generated) continue;  // an absent comment
      down.push_back(std::move(p));
    }
  }
  if (cls == Reversibility::kUnknown) {
    Reversal r;
    r.reversibility = cls;
    r.reason = reason;
    r.down = std::move(down);
    return r;
  }
  if (ones.size() > 1) reason += " (and " + std::to_string(ones.size() - 1) + " more)";
  return Make(cls, reason, std::move(down));
}

}  // namespace tidemark::analyzer
