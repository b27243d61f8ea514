#include "analyzer/tree_util.h"

#include <memory>

#include "analyzer/naming.h"
#include "analyzer/parse_tree.h"
#include "analyzer/tree_walk.h"

namespace tidemark::analyzer {

using google::protobuf::Message;

std::string QualName::Sql() const {
  if (explicit_schema) return QualifiedName(schema, name);
  return QuoteIdentifier(name);
}

QualName NameOf(const pg_query::RangeVar& rv) {
  QualName q;
  q.name = rv.relname();
  q.explicit_schema = !rv.schemaname().empty();
  q.schema = q.explicit_schema ? rv.schemaname() : std::string(kDefaultSchema);
  return q;
}

std::string StringOf(const pg_query::Node& node) {
  if (node.has_string()) return node.string().sval();
  return "";
}

std::vector<std::string> Strings(const google::protobuf::RepeatedPtrField<pg_query::Node>& list) {
  std::vector<std::string> out;
  for (const auto& n : list) out.push_back(StringOf(n));
  return out;
}

QualName NameOfList(const google::protobuf::RepeatedPtrField<pg_query::Node>& names) {
  std::vector<std::string> parts = Strings(names);
  QualName q;
  if (parts.empty()) return q;
  q.name = parts.back();
  if (parts.size() >= 2) {
    q.schema = parts[parts.size() - 2];
    q.explicit_schema = true;
  } else {
    q.schema = std::string(kDefaultSchema);
  }
  return q;
}

pg_query::RangeVar MakeRangeVar(const QualName& name) {
  pg_query::RangeVar rv;
  if (name.explicit_schema) rv.set_schemaname(name.schema);
  rv.set_relname(name.name);
  rv.set_inh(true);
  rv.set_relpersistence("p");
  return rv;
}

pg_query::Node MakeString(std::string_view value) {
  pg_query::Node n;
  n.mutable_string()->set_sval(std::string(value));
  return n;
}

void SetNameList(const QualName& name, google::protobuf::RepeatedPtrField<pg_query::Node>* list) {
  list->Clear();
  if (name.explicit_schema) *list->Add() = MakeString(name.schema);
  *list->Add() = MakeString(name.name);
}

std::string TypeKey(const pg_query::TypeName& type) {
  std::vector<std::string> parts = Strings(type.names());
  std::string key = parts.empty() ? "?" : parts.back();
  if (parts.size() >= 2 && parts[parts.size() - 2] != "pg_catalog") {
    key = parts[parts.size() - 2] + "." + key;
  }
  if (type.array_bounds_size() > 0) key += "[]";
  if (type.pct_type()) key += "%TYPE";
  return key;
}

std::string FunctionKey(const QualName& name,
                        const google::protobuf::RepeatedPtrField<pg_query::Node>& parameters) {
  std::string key = name.Key() + "(";
  bool first = true;
  for (const auto& p : parameters) {
    if (!p.has_function_parameter()) continue;
    const auto& fp = p.function_parameter();
    if (fp.mode() == pg_query::FUNC_PARAM_OUT || fp.mode() == pg_query::FUNC_PARAM_TABLE) continue;
    if (!first) key += ",";
    first = false;
    key += TypeKey(fp.arg_type());
  }
  return key + ")";
}

std::string FunctionKeyFromArgs(const QualName& name,
                                const google::protobuf::RepeatedPtrField<pg_query::Node>& objargs) {
  std::string key = name.Key() + "(";
  bool first = true;
  for (const auto& a : objargs) {
    if (!a.has_type_name()) continue;
    if (!first) key += ",";
    first = false;
    key += TypeKey(a.type_name());
  }
  return key + ")";
}

void CollectColumnRefs(const Message& message, std::vector<std::string>* out) {
  VisitTree(message, [out](const Message& m) {
    if (!Is<pg_query::ColumnRef>(m)) return;
    const auto& ref = static_cast<const pg_query::ColumnRef&>(m);
    if (ref.fields_size() == 0 || !ref.fields(ref.fields_size() - 1).has_string()) return;
    std::string name = ref.fields(ref.fields_size() - 1).string().sval();
    for (const auto& existing : *out) {
      if (existing == name) return;
    }
    out->push_back(name);
  });
}

void CollectRelations(const Message& message, std::vector<QualName>* out) {
  VisitTree(message, [out](const Message& m) {
    if (!Is<pg_query::RangeVar>(m)) return;
    QualName name = NameOf(static_cast<const pg_query::RangeVar&>(m));
    for (const auto& existing : *out) {
      if (existing.Key() == name.Key()) return;
    }
    out->push_back(std::move(name));
  });
}

void CollectTypes(const Message& message, std::vector<QualName>* out) {
  VisitTree(message, [out](const Message& m) {
    if (!Is<pg_query::TypeName>(m)) return;
    const auto& type = static_cast<const pg_query::TypeName&>(m);
    if (type.names_size() == 0) return;
    QualName name = NameOfList(type.names());
    for (const auto& existing : *out) {
      if (existing.Key() == name.Key()) return;
    }
    out->push_back(std::move(name));
  });
}

bool ContainsNode(const Message& message, pg_query::Node::NodeCase kind) {
  bool found = false;
  VisitTree(message, [&](const Message& m) {
    if (Is<pg_query::Node>(m) && static_cast<const pg_query::Node&>(m).node_case() == kind) {
      found = true;
    }
  });
  return found;
}

void StripLocations(Message* message) {
  walk_detail::ClearOwnLocations(message);
  ForEachMutableChild(message, [](Message* child) { StripLocations(child); });
}

// Equal trees serialize to equal bytes (no maps, no unknown fields); the
// copies lose their locations first.
bool SameTree(const Message& a, const Message& b) {
  if (&a == &b) return true;  // one object, shared by two catalogs (cow_map.h)
  if (typeid(a) != typeid(b)) return false;
  std::unique_ptr<Message> ca(a.New());
  ca->MergeFrom(a);  // into an empty message: a copy (CopyFrom checks by reflection)
  std::unique_ptr<Message> cb(b.New());
  cb->MergeFrom(b);
  StripLocations(ca.get());
  StripLocations(cb.get());
  return ca->SerializeAsString() == cb->SerializeAsString();
}

const char* ObjectTypeName(pg_query::ObjectType type) {
  switch (type) {
    case pg_query::OBJECT_TABLE:
      return "TABLE";
    case pg_query::OBJECT_INDEX:
      return "INDEX";
    case pg_query::OBJECT_VIEW:
      return "VIEW";
    case pg_query::OBJECT_MATVIEW:
      return "MATERIALIZED VIEW";
    case pg_query::OBJECT_SEQUENCE:
      return "SEQUENCE";
    case pg_query::OBJECT_TYPE:
      return "TYPE";
    case pg_query::OBJECT_DOMAIN:
      return "DOMAIN";
    case pg_query::OBJECT_FUNCTION:
      return "FUNCTION";
    case pg_query::OBJECT_PROCEDURE:
      return "PROCEDURE";
    case pg_query::OBJECT_ROUTINE:
      return "ROUTINE";
    case pg_query::OBJECT_TRIGGER:
      return "TRIGGER";
    case pg_query::OBJECT_POLICY:
      return "POLICY";
    case pg_query::OBJECT_SCHEMA:
      return "SCHEMA";
    case pg_query::OBJECT_EXTENSION:
      return "EXTENSION";
    case pg_query::OBJECT_COLUMN:
      return "COLUMN";
    case pg_query::OBJECT_TABCONSTRAINT:
      return "CONSTRAINT";
    case pg_query::OBJECT_RULE:
      return "RULE";
    case pg_query::OBJECT_STATISTIC_EXT:
      return "STATISTICS";
    case pg_query::OBJECT_FOREIGN_TABLE:
      return "FOREIGN TABLE";
    case pg_query::OBJECT_ROLE:
      return "ROLE";
    case pg_query::OBJECT_DATABASE:
      return "DATABASE";
    default:
      return "OBJECT";
  }
}

QualName SerialSequence(const QualName& table, const std::string& column) {
  return QualName{table.schema, MakeObjectName(table.name, column, "seq"), true};
}

pg_query::Node SerialDefault(const QualName& table, const std::string& column) {
  QualName seq = SerialSequence(table, column);
  ParseTree tree = ParseTree::Parse("SELECT nextval(" + QuoteLiteral(seq.Sql()) + "::regclass)");
  return tree.stmt(0).select_stmt().target_list(0).res_target().val();
}

bool IsSerialDefault(const pg_query::Node& expr, const QualName& table, const std::string& column) {
  if (!expr.has_func_call()) return false;
  const auto& call = expr.func_call();
  std::vector<std::string> name = Strings(call.funcname());
  if (name.empty() || name.back() != "nextval" || call.args_size() != 1) return false;
  const pg_query::Node* arg = &call.args(0);
  if (arg->has_type_cast()) arg = &arg->type_cast().arg();
  if (!arg->has_a_const() || !arg->a_const().has_sval()) return false;
  // The argument is regclass text: an identifier, qualified or not.
  ParseTree parsed = ParseTree::Parse("SELECT 1 FROM " + arg->a_const().sval().sval());
  if (!parsed.ok() || parsed.size() != 1) return false;
  const auto& from = parsed.stmt(0).select_stmt().from_clause();
  if (from.size() != 1 || !from[0].has_range_var()) return false;
  QualName named = NameOf(from[0].range_var());
  QualName own = SerialSequence(table, column);
  return named.name == own.name && named.schema == own.schema;
}

std::string SerialBaseType(const pg_query::TypeName& type) {
  if (type.names_size() != 1 || type.pct_type()) return "";
  const std::string name = StringOf(type.names(0));
  if (name == "serial" || name == "serial4") return "int4";
  if (name == "bigserial" || name == "serial8") return "int8";
  if (name == "smallserial" || name == "serial2") return "int2";
  return "";
}

}  // namespace tidemark::analyzer
