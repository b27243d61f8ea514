#include <algorithm>

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
  std::string key = {};                 // the relation it recreates, if any
  std::vector<std::string> needs = {};  // relations its recreation refers to
};

One Altered(const std::string& what, const ObjectDef& def) {
  return {Reversibility::kUnknown,
          what + " was changed by a later " + def.altered_by +
              ", which tidemark does not replay; its definition is unknown, recreate it by hand",
          {}};
}

// Relations a definition refers to (foreign keys' tables, a view's FROM).
std::vector<std::string> Refers(const google::protobuf::Message& m) {
  std::vector<QualName> names;
  CollectRelations(m, &names);
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const auto& n : names) out.push_back(n.Key());
  return out;
}

// COMMENT ON and missing privileges of a dropped object, after its
// recreation.
void AddKept(const Catalog& cat, const std::string& key, const std::string& target,
             const std::string& what, std::vector<DownPart>* down) {
  if (auto c = cat.Comment(key)) down->push_back(CommentPart(target, *c));
  if (cat.HasPrivileges(key)) down->push_back(MissingPart(PrivilegesLost(what)));
}

// The signature COMMENT ON FUNCTION needs, from the DROP's object.
std::string FunctionTarget(const std::string& kind, const pg_query::ObjectWithArgs& owa) {
  pg_query::Node drop = Template("DROP FUNCTION f(int)");
  *drop.mutable_drop_stmt()->mutable_objects(0)->mutable_object_with_args() = owa;
  DownPart p = TreePart(drop);
  if (!p.generated) return "";
  return kind + " " + p.sql.substr(std::string("DROP FUNCTION ").size());
}

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
      // PostgreSQL drops a partitioned table's partitions with it.
      std::vector<QualName> parts = cat.PartitionsOf(n);
      if (!parts.empty()) {
        return {Reversibility::kUnknown,
                "dropping " + n.name + " also drops its partition " + parts[0].name +
                    ", which tidemark cannot rebuild with it; write the Down by hand",
                {}};
      }
      std::vector<DownPart> d = RecreateTable(cat, *t, n);
      if (cat.HasPrivileges("REL " + n.Key())) {
        d.push_back(MissingPart(PrivilegesLost("table " + n.name)));
      }
      if (cat.HasPrivilegesWithPrefix("COLUMN " + n.Key() + "/")) {
        d.push_back(MissingPart(PrivilegesLost("columns of table " + n.name)));
      }
      std::vector<std::string> needs;
      for (const auto& c : t->constraints) {
        if (c.contype() == pg_query::CONSTR_FOREIGN && c.has_pktable()) {
          needs.push_back(NameOf(c.pktable()).Key());
        }
      }
      return {Reversibility::kNeedsHistory,
              "recreates table " + n.name + " from its earlier definition; its data is lost",
              std::move(d), n.Key(), std::move(needs)};
    }
    case pg_query::OBJECT_INDEX: {
      QualName n = ObjectName(object);
      const ObjectDef* ix = cat.FindIndex(n);
      if (ix == nullptr) return Missing("index", n.name, stmt.missing_ok());
      if (!ix->altered_by.empty()) return Altered("index " + n.name, *ix);
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
      if (!v->altered_by.empty()) return Altered("view " + n.name, *v);
      std::vector<DownPart> d{RecreateObjectPart(
          *v, mat ? "recreates the materialized view; REFRESH it to restore its rows" : "")};
      AddKept(cat, "REL " + n.Key(), std::string(mat ? "MATERIALIZED VIEW " : "VIEW ") + n.Sql(),
              "view " + n.name, &d);
      if (cat.HasPrivilegesWithPrefix("COLUMN " + n.Key() + "/")) {
        d.push_back(MissingPart(PrivilegesLost("columns of view " + n.name)));
      }
      // What went with it: its indexes, triggers and column comments.
      for (const ObjectDef* ix : cat.IndexesOf(n)) {
        d.push_back(CreateIndexPart(*ix, false));
        if (auto c = cat.Comment("REL " + ix->name.Key())) {
          d.push_back(CommentPart("INDEX " + ix->name.Sql(), *c));
        }
      }
      for (const ObjectDef* t : cat.TriggersOf(n)) {
        d.push_back(RecreateObjectPart(*t));
        if (auto c = cat.Comment("TRIGGER " + n.Key() + "/" + t->name.name)) {
          d.push_back(CommentPart("TRIGGER " + Quote(t->name.name) + " ON " + n.Sql(), *c));
        }
      }
      for (const auto& [key, text] : cat.CommentsWithPrefix("COLUMN " + n.Key() + "/")) {
        d.push_back(
            CommentPart("COLUMN " + n.Sql() + "." + Quote(key.substr(key.find('/') + 1)), text));
      }
      return {Reversibility::kNeedsHistory, "recreates " + n.name + " from its earlier definition",
              std::move(d), n.Key(), Refers(v->stmt)};
    }
    case pg_query::OBJECT_SEQUENCE: {
      QualName n = ObjectName(object);
      const ObjectDef* s = cat.FindSequence(n);
      if (s == nullptr) return Missing("sequence", n.name, stmt.missing_ok());
      if (!s->altered_by.empty()) return Altered("sequence " + n.name, *s);
      std::vector<DownPart> d{RecreateObjectPart(*s, "the sequence restarts from its START value")};
      AddKept(cat, "REL " + n.Key(), "SEQUENCE " + n.Sql(), "sequence " + n.name, &d);
      return {Reversibility::kNeedsHistory,
              "recreates sequence " + n.name + "; its current value is lost", std::move(d), n.Key(),
              Refers(s->stmt)};
    }
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN: {
      QualName n = ObjectName(object);
      const ObjectDef* t = cat.FindType(n);
      if (t == nullptr) return Missing("type", n.name, stmt.missing_ok());
      if (!t->altered_by.empty()) return Altered("type " + n.name, *t);
      std::vector<DownPart> d{RecreateObjectPart(*t)};
      AddKept(cat, "REL " + n.Key(),
              std::string(t->kind == pg_query::OBJECT_DOMAIN ? "DOMAIN " : "TYPE ") + n.Sql(),
              "type " + n.name, &d);
      return {Reversibility::kNeedsHistory,
              "recreates type " + n.name + " from its earlier definition", std::move(d)};
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
      if (!f->altered_by.empty()) return Altered("function " + n.name, *f);
      std::vector<DownPart> d{RecreateObjectPart(*f)};
      std::string key =
          "FUNCTION " + FunctionKey(f->name, f->stmt.create_function_stmt().parameters());
      if (cat.Comment(key)) {
        std::string target =
            FunctionTarget(f->kind == pg_query::OBJECT_PROCEDURE ? "PROCEDURE" : "FUNCTION", owa);
        if (target.empty()) return {Reversibility::kUnknown, "cannot name function " + n.name, {}};
        d.push_back(CommentPart(target, *cat.Comment(key)));
      }
      if (cat.HasPrivileges(key)) d.push_back(MissingPart(PrivilegesLost("function " + n.name)));
      return {Reversibility::kNeedsHistory,
              "recreates function " + n.name + " from its earlier definition", std::move(d)};
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
      std::string kind = trig ? "TRIGGER " : "POLICY ";
      if (auto c = cat.Comment(kind + table.Key() + "/" + sub)) {
        down.push_back(CommentPart(kind + Quote(sub) + " ON " + table.Sql(), *c));
      }
      if (trig && d->trigger_mode != 'O') {
        down.push_back(TextPart("ALTER TABLE " + table.Sql() + " " +
                                    TriggerModeAction(d->trigger_mode) + " " + Quote(sub),
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
      std::vector<DownPart> d{
          TextPart("CREATE SCHEMA " + Quote(n), pg_query::Node::kCreateSchemaStmt)};
      AddKept(cat, "SCHEMA " + n, "SCHEMA " + Quote(n), "schema " + n, &d);
      return {Reversibility::kNeedsHistory, "recreates the (empty) schema " + n, std::move(d)};
    }
    case pg_query::OBJECT_EXTENSION: {
      std::string n = StringOf(object);
      const pg_query::CreateExtensionStmt* def = cat.ExtensionDef(n);
      if (def == nullptr) {
        if (stmt.missing_ok()) return Missing("extension", n, true);
        return {Reversibility::kConditional,
                "CREATE EXTENSION recreates " + n +
                    ", assuming the default version was installed in the default schema",
                {TextPart("CREATE EXTENSION " + Quote(n), pg_query::Node::kCreateExtensionStmt)}};
      }
      // As it was created: its schema and version, without IF NOT EXISTS or
      // CASCADE (what CASCADE installed stays).
      pg_query::Node create;
      auto* c = create.mutable_create_extension_stmt();
      *c = *def;
      c->set_if_not_exists(false);
      c->clear_options();
      bool versioned = false;
      for (const auto& o : def->options()) {
        if (o.def_elem().defname() == "cascade") continue;
        versioned = versioned || o.def_elem().defname() == "new_version";
        *c->add_options() = o;
      }
      if (versioned) {
        return {Reversibility::kNeedsHistory,
                "recreates extension " + n + " with the version and schema it was created with",
                {TreePart(create)}};
      }
      return {Reversibility::kConditional,
              "CREATE EXTENSION recreates " + n + " where it was created, assuming the default " +
                  "version was installed",
              {TreePart(create)}};
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
  // The Down recreates the objects last-first; one that refers to another
  // of the same DROP (a foreign key's table, a view's view) must come after
  // it, so it goes before it in `ones`.
  size_t rounds = 0;
  for (bool moved = true; moved; ++rounds) {
    if (rounds > ones.size() * ones.size()) {
      return Unknown("the dropped objects refer to each other in a cycle; write the Down by hand");
    }
    moved = false;
    for (size_t i = 0; i < ones.size() && !moved; ++i) {
      for (size_t j = i + 1; j < ones.size() && !moved; ++j) {
        const auto& needs = ones[j].needs;
        if (!ones[i].key.empty() && ones[i].key != ones[j].key &&
            std::find(needs.begin(), needs.end(), ones[i].key) != needs.end()) {
          // j needs i, but i's Down would run after j's: move j before i.
          One o = std::move(ones[j]);
          ones.erase(ones.begin() + static_cast<long>(j));
          ones.insert(ones.begin() + static_cast<long>(i), std::move(o));
          moved = true;
        }
      }
    }
  }
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
