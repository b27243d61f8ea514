#include "analyzer/catalog.h"

#include <algorithm>

#include "analyzer/naming.h"
#include "analyzer/parse_tree.h"
#include "analyzer/tree_walk.h"

namespace tidemark::analyzer {
namespace {

using NodeList = google::protobuf::RepeatedPtrField<pg_query::Node>;

bool IsSerial(const pg_query::ColumnDef& col) { return !SerialBaseType(col.type_name()).empty(); }

bool IndexBacked(const pg_query::Constraint& c) {
  return c.contype() == pg_query::CONSTR_PRIMARY || c.contype() == pg_query::CONSTR_UNIQUE ||
         c.contype() == pg_query::CONSTR_EXCLUSION;
}

bool IsLiftedConstraint(pg_query::ConstrType t) {
  return t == pg_query::CONSTR_CHECK || t == pg_query::CONSTR_PRIMARY ||
         t == pg_query::CONSTR_UNIQUE || t == pg_query::CONSTR_EXCLUSION ||
         t == pg_query::CONSTR_FOREIGN;
}

bool IsAttrConstraint(pg_query::ConstrType t) {
  return t == pg_query::CONSTR_ATTR_DEFERRABLE || t == pg_query::CONSTR_ATTR_NOT_DEFERRABLE ||
         t == pg_query::CONSTR_ATTR_DEFERRED || t == pg_query::CONSTR_ATTR_IMMEDIATE;
}

void ApplyAttr(pg_query::Constraint* c, pg_query::ConstrType attr) {
  switch (attr) {
    case pg_query::CONSTR_ATTR_DEFERRABLE:
      c->set_deferrable(true);
      break;
    case pg_query::CONSTR_ATTR_NOT_DEFERRABLE:
      c->set_deferrable(false);
      break;
    case pg_query::CONSTR_ATTR_DEFERRED:
      c->set_initdeferred(true);
      break;
    case pg_query::CONSTR_ATTR_IMMEDIATE:
      c->set_initdeferred(false);
      break;
    default:
      break;
  }
}

// Splits a column definition into the column (NOT NULL, DEFAULT, IDENTITY,
// GENERATED kept) and its other constraints as table constraints.
void SplitColumn(const pg_query::ColumnDef& in, pg_query::ColumnDef* column,
                 std::vector<pg_query::Constraint>* lifted) {
  *column = in;
  column->clear_constraints();
  pg_query::Constraint* last = nullptr;
  for (const auto& n : in.constraints()) {
    if (!n.has_constraint()) continue;
    const auto& c = n.constraint();
    if (IsLiftedConstraint(c.contype())) {
      pg_query::Constraint t = c;
      if (c.contype() == pg_query::CONSTR_PRIMARY || c.contype() == pg_query::CONSTR_UNIQUE) {
        t.clear_keys();
        *t.add_keys() = MakeString(in.colname());
      } else if (c.contype() == pg_query::CONSTR_FOREIGN) {
        t.clear_fk_attrs();
        *t.add_fk_attrs() = MakeString(in.colname());
        // A column REFERENCES is valid from the start.
        t.set_initially_valid(!c.skip_validation());
      } else if (c.contype() == pg_query::CONSTR_CHECK) {
        t.set_initially_valid(!c.skip_validation());
      }
      lifted->push_back(std::move(t));
      last = &lifted->back();
    } else if (IsAttrConstraint(c.contype())) {
      if (last != nullptr) ApplyAttr(last, c.contype());
    } else if (c.contype() == pg_query::CONSTR_NULL) {
      continue;
    } else {
      *column->add_constraints() = n;
    }
  }
}

// A serial column as what it stands for: its integer type, NOT NULL, with
// the nextval() default of the sequence PostgreSQL made for it (named after
// `table` and the column as they are now, which renames do not change).
void ExpandSerial(const QualName& table, pg_query::ColumnDef* col) {
  std::string base = SerialBaseType(col->type_name());
  if (base.empty()) return;
  col->set_is_not_null(true);
  pg_query::Node n;
  n.mutable_constraint()->set_contype(pg_query::CONSTR_DEFAULT);
  *n.mutable_constraint()->mutable_raw_expr() = SerialDefault(table, col->colname());
  *col->mutable_constraints()->Add() = std::move(n);
  col->mutable_type_name()->clear_names();
  *col->mutable_type_name()->add_names() = MakeString(base);
}

// Adds a NOT NULL to a column that has none.
void SetNotNull(pg_query::ColumnDef* col) {
  for (const auto& n : col->constraints()) {
    if (n.constraint().contype() == pg_query::CONSTR_NOTNULL) return;
  }
  pg_query::Node n;
  n.mutable_constraint()->set_contype(pg_query::CONSTR_NOTNULL);
  *col->mutable_constraints()->Add() = std::move(n);
}

std::string FigureIndexColname(const pg_query::Node& expr) {
  switch (expr.node_case()) {
    case pg_query::Node::kFuncCall: {
      const auto& names = expr.func_call().funcname();
      return names.empty() ? "expr" : StringOf(names[names.size() - 1]);
    }
    case pg_query::Node::kColumnRef: {
      const auto& f = expr.column_ref().fields();
      return f.empty() ? "expr" : StringOf(f[f.size() - 1]);
    }
    case pg_query::Node::kTypeCast: {
      std::string inner = FigureIndexColname(expr.type_cast().arg());
      if (inner != "expr") return inner;
      const auto& names = expr.type_cast().type_name().names();
      return names.empty() ? "expr" : StringOf(names[names.size() - 1]);
    }
    case pg_query::Node::kCoalesceExpr:
      return "coalesce";
    case pg_query::Node::kCaseExpr:
      return "case";
    default:
      return "expr";
  }
}

void RenameColumnRefs(google::protobuf::Message* message, const std::string& from,
                      const std::string& to) {
  if (Is<pg_query::ColumnRef>(*message)) {
    auto* ref = static_cast<pg_query::ColumnRef*>(message);
    if (ref->fields_size() > 0) {
      auto* last = ref->mutable_fields(ref->fields_size() - 1);
      if (last->has_string() && last->string().sval() == from) last->mutable_string()->set_sval(to);
    }
    return;
  }
  ForEachMutableChild(message,
                      [&](google::protobuf::Message* child) { RenameColumnRefs(child, from, to); });
}

void RenameInList(NodeList* list, const std::string& from, const std::string& to) {
  for (auto& n : *list) {
    if (n.has_string() && n.string().sval() == from) n.mutable_string()->set_sval(to);
  }
}

// The plain columns of an index a foreign key can reference; empty when it
// has an expression or a WHERE clause.
std::vector<std::string> KeyColumns(const pg_query::IndexStmt& index) {
  std::vector<std::string> out;
  if (index.has_where_clause()) return {};
  for (const auto& p : index.index_params()) {
    if (!p.has_index_elem() || p.index_elem().name().empty()) return {};
    out.push_back(p.index_elem().name());
  }
  return out;
}

// A foreign key whose referenced table is `table`.
bool References(const pg_query::Constraint& c, const QualName& table) {
  return c.contype() == pg_query::CONSTR_FOREIGN && c.has_pktable() &&
         NameOf(c.pktable()).Key() == table.Key();
}

void RenameColumnInConstraint(pg_query::Constraint* c, const std::string& from,
                              const std::string& to) {
  RenameInList(c->mutable_keys(), from, to);
  RenameInList(c->mutable_including(), from, to);
  RenameInList(c->mutable_fk_attrs(), from, to);
  if (c->has_raw_expr()) RenameColumnRefs(c->mutable_raw_expr(), from, to);
  if (c->has_where_clause()) RenameColumnRefs(c->mutable_where_clause(), from, to);
  for (auto& e : *c->mutable_exclusions()) RenameColumnRefs(&e, from, to);
  for (auto& e : *c->mutable_exclusions()) {
    if (e.has_list() && e.list().items_size() > 0 && e.list().items(0).has_index_elem()) {
      auto* elem = e.mutable_list()->mutable_items(0)->mutable_index_elem();
      if (elem->name() == from) elem->set_name(to);
    }
  }
}

void RenameColumnInIndex(pg_query::IndexStmt* index, const std::string& from,
                         const std::string& to) {
  for (auto* list : {index->mutable_index_params(), index->mutable_index_including_params()}) {
    for (auto& p : *list) {
      if (!p.has_index_elem()) continue;
      auto* elem = p.mutable_index_elem();
      if (elem->name() == from) elem->set_name(to);
      if (elem->has_expr()) RenameColumnRefs(elem->mutable_expr(), from, to);
    }
  }
  if (index->has_where_clause()) RenameColumnRefs(index->mutable_where_clause(), from, to);
}

bool MentionsTable(const google::protobuf::Message& m, const QualName& table) {
  bool found = false;
  VisitTree(m, [&](const google::protobuf::Message& msg) {
    if (!found && Is<pg_query::RangeVar>(msg) &&
        static_cast<const pg_query::RangeVar&>(msg).relname() == table.name) {
      found = true;
    }
  });
  return found;
}

std::string TriggerKey(const QualName& table, std::string_view name) {
  return table.Key() + "/" + std::string(name);
}

// The object's name inside a DROP/COMMENT object node of a relation kind.
QualName RelationObjectName(const pg_query::Node& object) {
  if (object.has_list()) return NameOfList(object.list().items());
  if (object.has_string()) {
    QualName q;
    q.schema = std::string(kDefaultSchema);
    q.name = object.string().sval();
    return q;
  }
  if (object.has_type_name()) return NameOfList(object.type_name().names());
  return {};
}

}  // namespace

pg_query::ColumnDef* TableDef::FindColumn(std::string_view column) {
  for (auto& c : columns) {
    if (c.colname() == column) return &c;
  }
  return nullptr;
}
const pg_query::ColumnDef* TableDef::FindColumn(std::string_view column) const {
  for (const auto& c : columns) {
    if (c.colname() == column) return &c;
  }
  return nullptr;
}
const pg_query::Constraint* TableDef::FindConstraint(std::string_view name) const {
  for (const auto& c : constraints) {
    if (c.conname() == name) return &c;
  }
  return nullptr;
}

bool TableDef::InPrimaryKey(std::string_view column) const {
  for (const auto& c : constraints) {
    if (c.contype() != pg_query::CONSTR_PRIMARY) continue;
    for (const auto& k : c.keys()) {
      if (StringOf(k) == column) return true;
    }
  }
  return false;
}

std::vector<std::string> ConstraintColumns(const pg_query::Constraint& c) {
  std::vector<std::string> cols;
  auto add = [&](const std::string& name) {
    if (!name.empty() && std::find(cols.begin(), cols.end(), name) == cols.end()) {
      cols.push_back(name);
    }
  };
  for (const auto& k : c.keys()) add(StringOf(k));
  for (const auto& k : c.including()) add(StringOf(k));
  for (const auto& k : c.fk_attrs()) add(StringOf(k));
  std::vector<std::string> refs;
  if (c.has_raw_expr()) CollectColumnRefs(c.raw_expr(), &refs);
  if (c.has_where_clause()) CollectColumnRefs(c.where_clause(), &refs);
  for (const auto& e : c.exclusions()) {
    if (e.has_list() && e.list().items_size() > 0 && e.list().items(0).has_index_elem()) {
      const auto& elem = e.list().items(0).index_elem();
      add(elem.name());
      if (elem.has_expr()) CollectColumnRefs(elem.expr(), &refs);
    }
  }
  for (const auto& r : refs) add(r);
  return cols;
}

std::vector<std::string> IndexColumns(const pg_query::IndexStmt& index) {
  std::vector<std::string> cols;
  auto add = [&](const std::string& name) {
    if (!name.empty() && std::find(cols.begin(), cols.end(), name) == cols.end()) {
      cols.push_back(name);
    }
  };
  std::vector<std::string> refs;
  for (const auto* list : {&index.index_params(), &index.index_including_params()}) {
    for (const auto& p : *list) {
      if (!p.has_index_elem()) continue;
      add(p.index_elem().name());
      if (p.index_elem().has_expr()) CollectColumnRefs(p.index_elem().expr(), &refs);
    }
  }
  if (index.has_where_clause()) CollectColumnRefs(index.where_clause(), &refs);
  for (const auto& r : refs) add(r);
  return cols;
}

std::string DefaultIndexName(const Catalog& catalog, const pg_query::IndexStmt& index) {
  QualName table = NameOf(index.relation());
  std::vector<std::string> names;
  for (const auto& p : index.index_params()) {
    if (!p.has_index_elem()) continue;
    const auto& elem = p.index_elem();
    std::string name = !elem.indexcolname().empty() ? elem.indexcolname()
                       : !elem.name().empty()       ? elem.name()
                       : elem.has_expr()            ? FigureIndexColname(elem.expr())
                                                    : "expr";
    // Duplicate column names get a number, as ChooseIndexColumnNames does.
    std::string candidate = name;
    for (int i = 1; std::find(names.begin(), names.end(), candidate) != names.end(); ++i) {
      candidate = name + std::to_string(i);
    }
    names.push_back(candidate);
  }
  const char* label = index.primary()                     ? "pkey"
                      : index.exclude_op_names_size() > 0 ? "excl"
                      : index.isconstraint()              ? "key"
                                                          : "idx";
  return ChooseName(
      table.name, index.primary() ? "" : NameAddition(names), label,
      [&](const std::string& n) { return catalog.RelationNameTaken(table.schema, n); });
}

std::string DefaultConstraintName(const Catalog& catalog, const TableDef& table,
                                  const pg_query::Constraint& c,
                                  const std::vector<std::string>& taken_extra) {
  const std::string& schema = table.name.schema;
  auto own = [&](const std::string& n) {
    if (table.FindConstraint(n) != nullptr) return true;
    for (const auto& col : table.columns) {
      if (IsSerial(col) && MakeObjectName(table.name.name, col.colname(), "seq") == n) return true;
    }
    return false;
  };
  auto taken_rel = [&](const std::string& n) {
    return own(n) || catalog.RelationNameTaken(schema, n) ||
           catalog.ConstraintNameTaken(schema, n) ||
           std::find(taken_extra.begin(), taken_extra.end(), n) != taken_extra.end();
  };
  auto taken_con = [&](const std::string& n) {
    return table.FindConstraint(n) != nullptr || catalog.ConstraintNameTaken(schema, n) ||
           std::find(taken_extra.begin(), taken_extra.end(), n) != taken_extra.end();
  };
  switch (c.contype()) {
    case pg_query::CONSTR_PRIMARY:
      return ChooseName(table.name.name, "", "pkey", taken_rel);
    case pg_query::CONSTR_UNIQUE:
      return ChooseName(table.name.name, NameAddition(Strings(c.keys())), "key", taken_rel);
    case pg_query::CONSTR_EXCLUSION: {
      std::vector<std::string> cols;
      for (const auto& e : c.exclusions()) {
        if (e.has_list() && e.list().items_size() > 0 && e.list().items(0).has_index_elem()) {
          const auto& elem = e.list().items(0).index_elem();
          cols.push_back(!elem.name().empty() ? elem.name()
                         : elem.has_expr()    ? FigureIndexColname(elem.expr())
                                              : "expr");
        }
      }
      return ChooseName(table.name.name, NameAddition(cols), "excl", taken_rel);
    }
    case pg_query::CONSTR_FOREIGN:
      return ChooseName(table.name.name, NameAddition(Strings(c.fk_attrs())), "fkey", taken_con);
    case pg_query::CONSTR_CHECK: {
      std::vector<std::string> refs;
      if (c.has_raw_expr()) CollectColumnRefs(c.raw_expr(), &refs);
      return ChooseName(table.name.name, refs.size() == 1 ? refs[0] : "", "check", taken_con);
    }
    default:
      return "";
  }
}

void Catalog::NameConstraints(TableDef* table, std::vector<pg_query::Constraint>* added,
                              bool) const {
  // PostgreSQL names CHECK constraints first (when the relation is created),
  // then indexes, then foreign keys.
  std::vector<std::string> chosen;
  for (const auto& c : *added) {
    if (!c.conname().empty()) chosen.push_back(c.conname());
  }
  for (auto phase : {0, 1, 2}) {
    for (auto& c : *added) {
      if (!c.conname().empty()) continue;
      int p = c.contype() == pg_query::CONSTR_CHECK     ? 0
              : c.contype() == pg_query::CONSTR_FOREIGN ? 2
                                                        : 1;
      if (p != phase) continue;
      c.set_conname(DefaultConstraintName(*this, *table, c, chosen));
      chosen.push_back(c.conname());
    }
  }
}

const TableDef* Catalog::FindTable(const QualName& name) const {
  auto it = tables_.find(name.Key());
  return it == tables_.end() ? nullptr : &it->second;
}
TableDef* Catalog::FindTable(const QualName& name) { return tables_.MutableFind(name.Key()); }
const ObjectDef* Catalog::FindIndex(const QualName& name) const {
  auto it = indexes_.find(name.Key());
  return it == indexes_.end() ? nullptr : &it->second;
}
const ObjectDef* Catalog::FindView(const QualName& name) const {
  auto it = views_.find(name.Key());
  return it == views_.end() ? nullptr : &it->second;
}
const ObjectDef* Catalog::FindFunction(const std::string& key) const {
  auto it = functions_.find(key);
  return it == functions_.end() ? nullptr : &it->second;
}
const ObjectDef* Catalog::FindFunctionByName(const QualName& name) const {
  const ObjectDef* found = nullptr;
  std::string prefix = name.Key() + "(";
  for (const auto& [key, def] : functions_) {
    if (key.compare(0, prefix.size(), prefix) != 0) continue;
    if (found != nullptr) return nullptr;  // overloaded: ambiguous
    found = &def;
  }
  return found;
}
const ObjectDef* Catalog::FindType(const QualName& name) const {
  auto it = types_.find(name.Key());
  return it == types_.end() ? nullptr : &it->second;
}
const ObjectDef* Catalog::FindSequence(const QualName& name) const {
  auto it = sequences_.find(name.Key());
  return it == sequences_.end() ? nullptr : &it->second;
}
const ObjectDef* Catalog::FindTrigger(const QualName& table, std::string_view name) const {
  auto it = triggers_.find(TriggerKey(table, name));
  return it == triggers_.end() ? nullptr : &it->second;
}
const ObjectDef* Catalog::FindPolicy(const QualName& table, std::string_view name) const {
  auto it = policies_.find(TriggerKey(table, name));
  return it == policies_.end() ? nullptr : &it->second;
}
std::optional<std::string> Catalog::Comment(const std::string& key) const {
  auto it = comments_.find(key);
  if (it == comments_.end()) return std::nullopt;
  return it->second;
}
const TableDef* Catalog::TableOfConstraint(std::string_view schema, std::string_view name) const {
  for (const auto& [key, t] : tables_) {
    if (t.name.schema == schema && t.FindConstraint(name) != nullptr) return &t;
  }
  return nullptr;
}

void Catalog::OrderIndex(const std::string& key) {
  // A name dropped and created again is the newest index, listed once.
  index_order_.erase(std::remove(index_order_.begin(), index_order_.end(), key),
                     index_order_.end());
  index_order_.push_back(key);
}

void Catalog::RenameInIndexOrder(const std::string& from, const std::string& to) {
  index_order_.erase(std::remove(index_order_.begin(), index_order_.end(), to), index_order_.end());
  std::replace(index_order_.begin(), index_order_.end(), from, to);
}

std::vector<const ObjectDef*> Catalog::IndexesOf(const QualName& table) const {
  std::vector<const ObjectDef*> out;
  for (const auto& key : index_order_) {
    auto it = indexes_.find(key);
    if (it != indexes_.end() && it->second.table.Key() == table.Key()) out.push_back(&it->second);
  }
  return out;
}
std::vector<const ObjectDef*> Catalog::TriggersOf(const QualName& table) const {
  std::vector<const ObjectDef*> out;
  for (const auto& [key, t] : triggers_) {
    if (t.table.Key() == table.Key()) out.push_back(&t);
  }
  return out;
}
std::vector<const ObjectDef*> Catalog::PoliciesOf(const QualName& table) const {
  std::vector<const ObjectDef*> out;
  for (const auto& [key, p] : policies_) {
    if (p.table.Key() == table.Key()) out.push_back(&p);
  }
  return out;
}
std::vector<std::pair<std::string, std::string>> Catalog::CommentsWithPrefix(
    const std::string& prefix) const {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = comments_.lower_bound(prefix);
       it != comments_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    out.push_back(*it);
  }
  return out;
}

void Catalog::IndexTableNames(const TableDef& t, int delta) {
  const std::string prefix = t.name.schema + ".";
  for (const auto& c : t.constraints) {
    constraint_names_[prefix + c.conname()] += delta;
    if (IndexBacked(c)) implied_relation_names_[prefix + c.conname()] += delta;
  }
  for (const auto& col : t.columns) {
    if (IsSerial(col)) {
      implied_relation_names_[prefix + MakeObjectName(t.name.name, col.colname(), "seq")] += delta;
    }
  }
}

void Catalog::RebuildNameIndex() {
  constraint_names_.clear();
  implied_relation_names_.clear();
  for (const auto& [key, t] : tables_) IndexTableNames(t, 1);
}

bool Catalog::RelationNameTaken(std::string_view schema, const std::string& name) const {
  std::string key = std::string(schema) + "." + name;
  if (tables_.count(key) || indexes_.count(key) || views_.count(key) || sequences_.count(key)) {
    return true;
  }
  auto it = implied_relation_names_.find(key);
  return it != implied_relation_names_.end() && it->second > 0;
}

bool Catalog::ConstraintNameTaken(std::string_view schema, const std::string& name) const {
  auto it = constraint_names_.find(std::string(schema) + "." + name);
  return it != constraint_names_.end() && it->second > 0;
}

void Catalog::ApplyMigration(const parser::MigrationFile& file) {
  for (const auto& st : file.up.statements) {
    if (!st.parsed) continue;
    const ParseTree& tree = st.tree();
    if (!tree.ok()) continue;
    for (int i = 0; i < tree.size(); ++i) Apply(tree.stmt(i), st.sql);
  }
}

std::string TriggerModeAction(char mode) {
  switch (mode) {
    case 'D':
      return "DISABLE TRIGGER";
    case 'A':
      return "ENABLE ALWAYS TRIGGER";
    case 'R':
      return "ENABLE REPLICA TRIGGER";
    default:
      return "ENABLE TRIGGER";
  }
}

char TriggerModeOf(pg_query::AlterTableType subtype) {
  switch (subtype) {
    case pg_query::AT_EnableTrig:
      return 'O';
    case pg_query::AT_DisableTrig:
      return 'D';
    case pg_query::AT_EnableAlwaysTrig:
      return 'A';
    case pg_query::AT_EnableReplicaTrig:
      return 'R';
    default:
      return 0;
  }
}

Catalog ReplayHistory(const std::vector<parser::MigrationFile>& files, size_t upto) {
  Catalog catalog;
  for (size_t i = 0; i < upto && i < files.size(); ++i) catalog.ApplyMigration(files[i]);
  return catalog;
}

std::string CommentKey(pg_query::ObjectType type, const pg_query::Node& object) {
  switch (type) {
    case pg_query::OBJECT_TABLE:
    case pg_query::OBJECT_VIEW:
    case pg_query::OBJECT_MATVIEW:
    case pg_query::OBJECT_INDEX:
    case pg_query::OBJECT_SEQUENCE:
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN:
      return std::string("REL ") + RelationObjectName(object).Key();
    case pg_query::OBJECT_COLUMN:
    case pg_query::OBJECT_TABCONSTRAINT:
    case pg_query::OBJECT_TRIGGER:
    case pg_query::OBJECT_POLICY: {
      if (!object.has_list() || object.list().items_size() < 2) return "";
      std::vector<std::string> parts = Strings(object.list().items());
      std::string sub = parts.back();
      parts.pop_back();
      QualName table;
      table.name = parts.back();
      table.schema = parts.size() >= 2 ? parts[parts.size() - 2] : std::string(kDefaultSchema);
      return std::string(ObjectTypeName(type)) + " " + table.Key() + "/" + sub;
    }
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_PROCEDURE: {
      if (!object.has_object_with_args()) return "";
      const auto& owa = object.object_with_args();
      return "FUNCTION " + FunctionKeyFromArgs(NameOfList(owa.objname()), owa.objargs());
    }
    case pg_query::OBJECT_SCHEMA:
    case pg_query::OBJECT_EXTENSION:
      return std::string(ObjectTypeName(type)) + " " + StringOf(object);
    default:
      return "";
  }
}

void Catalog::Apply(const pg_query::Node& stmt, std::string_view sql) {
  auto def = [&](const QualName& name, pg_query::ObjectType kind) {
    ObjectDef d;
    d.name = name;
    d.sql = std::string(sql);
    d.stmt = stmt;
    d.kind = kind;
    return d;
  };
  switch (stmt.node_case()) {
    case pg_query::Node::kCreateStmt:
      ApplyCreateTable(stmt.create_stmt());
      break;
    case pg_query::Node::kAlterTableStmt:
      if (stmt.alter_table_stmt().objtype() != pg_query::OBJECT_TABLE) MarkAltered(stmt);
      ApplyAlterTable(stmt.alter_table_stmt());
      break;
    case pg_query::Node::kAlterSeqStmt:
    case pg_query::Node::kAlterFunctionStmt:
    case pg_query::Node::kAlterDomainStmt:
      MarkAltered(stmt);
      break;
    case pg_query::Node::kGrantStmt:
      ApplyGrant(stmt.grant_stmt());
      break;
    case pg_query::Node::kIndexStmt: {
      const auto& ix = stmt.index_stmt();
      QualName table = NameOf(ix.relation());
      QualName name{table.schema, ix.idxname(), table.explicit_schema};
      ObjectDef d = def(name, pg_query::OBJECT_INDEX);
      d.table = table;
      if (name.name.empty()) {
        name.name = DefaultIndexName(*this, ix);
        d.name = name;
        d.stmt.mutable_index_stmt()->set_idxname(name.name);
        d.text_current = false;
      }
      if (indexes_.count(name.Key()) && ix.if_not_exists()) break;
      d.stmt.mutable_index_stmt()->set_if_not_exists(false);
      d.stmt.mutable_index_stmt()->set_concurrent(false);
      d.text_current = false;
      indexes_[name.Key()] = std::move(d);
      OrderIndex(name.Key());
      // An index of a partitioned table is built on each partition (but ON ONLY).
      if (ix.relation().inh()) {
        for (const QualName& part : PartitionsOf(table)) AddPartitionIndexes(table, part);
      }
      break;
    }
    case pg_query::Node::kDropStmt:
      ApplyDrop(stmt.drop_stmt());
      break;
    case pg_query::Node::kRenameStmt:
      ApplyRename(stmt.rename_stmt());
      break;
    case pg_query::Node::kAlterObjectSchemaStmt:
      ApplySetSchema(stmt.alter_object_schema_stmt());
      break;
    case pg_query::Node::kCommentStmt:
      ApplyComment(stmt.comment_stmt());
      break;
    case pg_query::Node::kViewStmt: {
      QualName name = NameOf(stmt.view_stmt().view());
      views_[name.Key()] = def(name, pg_query::OBJECT_VIEW);
      break;
    }
    case pg_query::Node::kCreateTableAsStmt: {
      const auto& ctas = stmt.create_table_as_stmt();
      QualName name = NameOf(ctas.into().rel());
      if (ctas.objtype() == pg_query::OBJECT_MATVIEW) {
        if (views_.count(name.Key()) && ctas.if_not_exists()) break;
        views_[name.Key()] = def(name, pg_query::OBJECT_MATVIEW);
      } else {
        if (tables_.count(name.Key()) && ctas.if_not_exists()) break;
        TableDef t;
        t.name = name;
        t.modelled = false;
        t.why_opaque = "it was created by CREATE TABLE AS";
        tables_[name.Key()] = std::move(t);
      }
      break;
    }
    case pg_query::Node::kCreateFunctionStmt: {
      const auto& f = stmt.create_function_stmt();
      QualName name = NameOfList(f.funcname());
      std::string key = FunctionKey(name, f.parameters());
      functions_[key] =
          def(name, f.is_procedure() ? pg_query::OBJECT_PROCEDURE : pg_query::OBJECT_FUNCTION);
      break;
    }
    case pg_query::Node::kCreateSeqStmt: {
      QualName name = NameOf(stmt.create_seq_stmt().sequence());
      if (sequences_.count(name.Key()) && stmt.create_seq_stmt().if_not_exists()) break;
      sequences_[name.Key()] = def(name, pg_query::OBJECT_SEQUENCE);
      break;
    }
    case pg_query::Node::kCreateEnumStmt: {
      QualName name = NameOfList(stmt.create_enum_stmt().type_name());
      types_[name.Key()] = def(name, pg_query::OBJECT_TYPE);
      break;
    }
    case pg_query::Node::kCompositeTypeStmt: {
      QualName name = NameOf(stmt.composite_type_stmt().typevar());
      types_[name.Key()] = def(name, pg_query::OBJECT_TYPE);
      break;
    }
    case pg_query::Node::kCreateDomainStmt: {
      QualName name = NameOfList(stmt.create_domain_stmt().domainname());
      types_[name.Key()] = def(name, pg_query::OBJECT_DOMAIN);
      break;
    }
    case pg_query::Node::kCreateRangeStmt: {
      QualName name = NameOfList(stmt.create_range_stmt().type_name());
      types_[name.Key()] = def(name, pg_query::OBJECT_TYPE);
      break;
    }
    case pg_query::Node::kAlterEnumStmt: {
      const auto& a = stmt.alter_enum_stmt();
      ObjectDef* type = types_.MutableFind(NameOfList(a.type_name()).Key());
      if (type == nullptr || !type->stmt.has_create_enum_stmt()) break;
      auto* vals = type->stmt.mutable_create_enum_stmt()->mutable_vals();
      type->text_current = false;
      if (!a.old_val().empty()) {
        for (auto& v : *vals) {
          if (StringOf(v) == a.old_val()) v.mutable_string()->set_sval(a.new_val());
        }
      } else {
        bool exists = false;
        for (const auto& v : *vals) exists = exists || StringOf(v) == a.new_val();
        if (exists) break;
        int at = vals->size();
        if (!a.new_val_neighbor().empty()) {
          for (int i = 0; i < vals->size(); ++i) {
            if (StringOf((*vals)[i]) == a.new_val_neighbor()) at = a.new_val_is_after() ? i + 1 : i;
          }
        }
        *vals->Add() = MakeString(a.new_val());
        for (int i = vals->size() - 1; i > at; --i) vals->SwapElements(i, i - 1);
      }
      break;
    }
    case pg_query::Node::kCreateTrigStmt: {
      const auto& t = stmt.create_trig_stmt();
      QualName table = NameOf(t.relation());
      ObjectDef d = def(QualName{table.schema, t.trigname(), table.explicit_schema},
                        pg_query::OBJECT_TRIGGER);
      d.table = table;
      triggers_[TriggerKey(table, t.trigname())] = std::move(d);
      break;
    }
    case pg_query::Node::kCreatePolicyStmt: {
      const auto& p = stmt.create_policy_stmt();
      QualName table = NameOf(p.table());
      ObjectDef d = def(QualName{table.schema, p.policy_name(), table.explicit_schema},
                        pg_query::OBJECT_POLICY);
      d.table = table;
      policies_[TriggerKey(table, p.policy_name())] = std::move(d);
      break;
    }
    case pg_query::Node::kCreateSchemaStmt:
      schemas_.insert(stmt.create_schema_stmt().schemaname());
      break;
    case pg_query::Node::kCreateExtensionStmt: {
      const std::string& name = stmt.create_extension_stmt().extname();
      if (extensions_.count(name) && stmt.create_extension_stmt().if_not_exists()) break;
      extensions_.insert(name);
      extension_defs_[name] = stmt.create_extension_stmt();
      break;
    }
    default:
      break;
  }
}

void Catalog::ApplyCreateTable(const pg_query::CreateStmt& stmt) {
  QualName name = NameOf(stmt.relation());
  if (tables_.count(name.Key())) {
    if (stmt.if_not_exists()) return;
  }
  TableDef t;
  t.name = name;
  t.create = stmt;
  t.create.clear_table_elts();
  t.create.set_if_not_exists(false);
  if (stmt.inh_relations_size() > 0 || stmt.has_partbound() || stmt.has_of_typename()) {
    t.modelled = false;
    t.why_opaque = stmt.has_partbound()     ? "it is a partition (PARTITION OF)"
                   : stmt.has_of_typename() ? "it was created OF a type"
                                            : "it inherits (INHERITS)";
  }
  std::vector<pg_query::Constraint> added;
  for (const auto& elt : stmt.table_elts()) {
    if (elt.has_column_def()) {
      pg_query::ColumnDef col;
      SplitColumn(elt.column_def(), &col, &added);
      t.columns.push_back(std::move(col));
    } else if (elt.has_constraint()) {
      added.push_back(elt.constraint());
    } else {
      t.modelled = false;
      t.why_opaque = "it was created with LIKE";
      // INCLUDING CONSTRAINTS copies the CHECK constraints with their names,
      // which stay taken (the table itself is not modelled).
      const auto& like = elt.table_like_clause();
      if ((like.options() & (1U << 2)) != 0) {
        if (const TableDef* source = FindTable(NameOf(like.relation()))) {
          for (const auto& c : source->constraints) {
            if (c.contype() == pg_query::CONSTR_CHECK) t.constraints.push_back(c);
          }
        }
      }
    }
  }
  // INHERITS and PARTITION OF copy the parents' CHECK constraints (but NO
  // INHERIT ones) with their names.
  for (const auto& parent : stmt.inh_relations()) {
    if (!parent.has_range_var()) continue;
    if (const TableDef* p = FindTable(NameOf(parent.range_var()))) {
      for (const auto& c : p->constraints) {
        if (c.contype() == pg_query::CONSTR_CHECK && !c.is_no_inherit()) t.constraints.push_back(c);
      }
    }
  }
  for (const auto& c : stmt.constraints()) {
    if (c.has_constraint()) added.push_back(c.constraint());
  }
  for (auto& c : added) {
    if (c.contype() == pg_query::CONSTR_CHECK || c.contype() == pg_query::CONSTR_FOREIGN) {
      c.set_initially_valid(true);
      c.set_skip_validation(false);
    }
  }
  auto existing = tables_.find(name.Key());
  if (existing != tables_.end()) IndexTableNames(existing->second, -1);
  tables_[name.Key()] = t;
  NameConstraints(&tables_[name.Key()], &added, true);
  for (auto& c : added) tables_[name.Key()].constraints.push_back(std::move(c));
  IndexTableNames(tables_[name.Key()], 1);
  // A partition gets its parent's indexes.
  if (stmt.has_partbound()) {
    for (const auto& parent : stmt.inh_relations()) {
      if (parent.has_range_var()) AddPartitionIndexes(NameOf(parent.range_var()), name);
    }
  }
}

void Catalog::DropColumn(TableDef* table, const std::string& column) {
  auto& cols = table->columns;
  cols.erase(std::remove_if(cols.begin(), cols.end(),
                            [&](const pg_query::ColumnDef& c) { return c.colname() == column; }),
             cols.end());
  auto& cons = table->constraints;
  cons.erase(std::remove_if(cons.begin(), cons.end(),
                            [&](const pg_query::Constraint& c) {
                              auto used = ConstraintColumns(c);
                              return std::find(used.begin(), used.end(), column) != used.end();
                            }),
             cons.end());
  for (auto it = indexes_.begin(); it != indexes_.end();) {
    auto used = IndexColumns(it->second.stmt.index_stmt());
    if (it->second.table.Key() == table->name.Key() &&
        std::find(used.begin(), used.end(), column) != used.end()) {
      it = indexes_.erase(it);
    } else {
      ++it;
    }
  }
  Forget("COLUMN " + table->name.Key() + "/" + column);
}

void Catalog::ApplyAlterTable(const pg_query::AlterTableStmt& stmt) {
  QualName name = NameOf(stmt.relation());
  if (stmt.objtype() == pg_query::OBJECT_INDEX) return;
  TableDef* table = FindTable(name);
  if (table == nullptr) return;
  IndexTableNames(*table, -1);
  ApplyAlterCommands(table, stmt);
  IndexTableNames(*table, 1);
}

void Catalog::ApplyAlterCommands(TableDef* table, const pg_query::AlterTableStmt& stmt) {
  for (const auto& node : stmt.cmds()) {
    if (!node.has_alter_table_cmd()) continue;
    const auto& cmd = node.alter_table_cmd();
    pg_query::ColumnDef* col = cmd.name().empty() ? nullptr : table->FindColumn(cmd.name());
    switch (cmd.subtype()) {
      case pg_query::AT_AddColumn: {
        if (!cmd.def().has_column_def()) break;
        if (table->FindColumn(cmd.def().column_def().colname()) != nullptr) break;
        pg_query::ColumnDef c;
        std::vector<pg_query::Constraint> added;
        SplitColumn(cmd.def().column_def(), &c, &added);
        table->columns.push_back(std::move(c));
        NameConstraints(table, &added, false);
        for (auto& a : added) table->constraints.push_back(std::move(a));
        break;
      }
      case pg_query::AT_DropColumn:
        DropColumn(table, cmd.name());
        break;
      case pg_query::AT_AlterColumnType:
        if (col != nullptr && cmd.def().has_column_def()) {
          // The column keeps its sequence: it is now the new type.
          ExpandSerial(table->name, col);
          *col->mutable_type_name() = cmd.def().column_def().type_name();
          // SET DATA TYPE without COLLATE resets the column to its new
          // type's default collation.
          if (cmd.def().column_def().has_coll_clause()) {
            *col->mutable_coll_clause() = cmd.def().column_def().coll_clause();
          } else {
            col->clear_coll_clause();
          }
        }
        break;
      case pg_query::AT_AddIdentity:
      case pg_query::AT_DropIdentity:
        if (col != nullptr) {
          auto* cons = col->mutable_constraints();
          for (int i = cons->size() - 1; i >= 0; --i) {
            if ((*cons)[i].constraint().contype() == pg_query::CONSTR_IDENTITY) {
              cons->DeleteSubrange(i, 1);
            }
          }
          if (cmd.subtype() == pg_query::AT_AddIdentity && cmd.def().has_constraint()) {
            pg_query::Node n;
            *n.mutable_constraint() = cmd.def().constraint();
            *cons->Add() = std::move(n);
          } else {
            SetNotNull(col);  // the column stays NOT NULL without its identity
          }
        }
        break;
      case pg_query::AT_ColumnDefault:
        if (col != nullptr) {
          auto* cons = col->mutable_constraints();
          for (int i = cons->size() - 1; i >= 0; --i) {
            if ((*cons)[i].constraint().contype() == pg_query::CONSTR_DEFAULT) {
              cons->DeleteSubrange(i, 1);
            }
          }
          if (cmd.has_def()) {
            pg_query::Node n;
            n.mutable_constraint()->set_contype(pg_query::CONSTR_DEFAULT);
            *n.mutable_constraint()->mutable_raw_expr() = cmd.def();
            *cons->Add() = std::move(n);
          }
        }
        break;
      case pg_query::AT_SetNotNull:
      case pg_query::AT_DropNotNull:
        if (col != nullptr) {
          auto* cons = col->mutable_constraints();
          for (int i = cons->size() - 1; i >= 0; --i) {
            if ((*cons)[i].constraint().contype() == pg_query::CONSTR_NOTNULL) {
              cons->DeleteSubrange(i, 1);
            }
          }
          if (cmd.subtype() == pg_query::AT_SetNotNull) {
            pg_query::Node n;
            n.mutable_constraint()->set_contype(pg_query::CONSTR_NOTNULL);
            *cons->Add() = std::move(n);
          }
        }
        break;
      case pg_query::AT_AddConstraint: {
        if (!cmd.def().has_constraint()) break;
        pg_query::Constraint c = cmd.def().constraint();
        if (!c.indexname().empty()) {
          // USING INDEX: the index becomes the constraint's index.
          QualName ix{table->name.schema, c.indexname(), false};
          auto it = indexes_.find(ix.Key());
          if (it != indexes_.end()) {
            const auto& istmt = it->second.stmt.index_stmt();
            for (const auto& p : istmt.index_params()) {
              *c.add_keys() = MakeString(p.index_elem().name());
            }
            if (c.conname().empty()) c.set_conname(c.indexname());
            indexes_.erase(it);
          }
          c.clear_indexname();
        }
        if (c.contype() == pg_query::CONSTR_CHECK || c.contype() == pg_query::CONSTR_FOREIGN) {
          c.set_initially_valid(!c.skip_validation());
        }
        if (IndexBacked(c) || c.contype() == pg_query::CONSTR_FOREIGN) {
          KeepPartitionsOpaque(table->name,
                               "it was a partition and kept constraints copied from its parent");
        }
        std::vector<pg_query::Constraint> added{c};
        NameConstraints(table, &added, false);
        table->constraints.push_back(added[0]);
        break;
      }
      case pg_query::AT_DropConstraint: {
        auto& cons = table->constraints;
        for (const auto& c : cons) {
          bool key =
              c.contype() == pg_query::CONSTR_PRIMARY || c.contype() == pg_query::CONSTR_UNIQUE;
          if (c.conname() == cmd.name() && key) {
            // Foreign keys that reference this key go with it (as above).
            QualName name = table->name;
            std::vector<std::string> columns = Strings(c.keys());
            if (c.contype() == pg_query::CONSTR_PRIMARY) {
              // The key's columns stay NOT NULL without it.
              for (const auto& k : columns) {
                if (pg_query::ColumnDef* kc = table->FindColumn(k)) SetNotNull(kc);
              }
            }
            cons.erase(std::remove_if(cons.begin(), cons.end(),
                                      [&](const pg_query::Constraint& x) {
                                        return x.conname() == cmd.name();
                                      }),
                       cons.end());
            DropForeignKeysOn(name, columns);
            table = FindTable(name);
            break;
          }
        }
        cons.erase(std::remove_if(
                       cons.begin(), cons.end(),
                       [&](const pg_query::Constraint& c) { return c.conname() == cmd.name(); }),
                   cons.end());
        comments_.erase("CONSTRAINT " + table->name.Key() + "/" + cmd.name());
        break;
      }
      case pg_query::AT_ValidateConstraint:
        for (auto& c : table->constraints) {
          if (c.conname() == cmd.name()) {
            c.set_skip_validation(false);
            c.set_initially_valid(true);
          }
        }
        break;
      case pg_query::AT_AttachPartition:
      case pg_query::AT_DetachPartition: {
        TableDef* child = FindTable(NameOf(cmd.def().partition_cmd().name()));
        if (child == nullptr) break;
        if (cmd.subtype() == pg_query::AT_AttachPartition) {
          QualName child_name = child->name;
          bool copies_constraints = !ConstraintAttachCopies(table->name).empty();
          AddPartitionIndexes(table->name, child_name);
          child = FindTable(child_name);
          if (copies_constraints && child->modelled) {
            // DETACH leaves the copied constraints, which the model does not name.
            child->modelled = false;
            child->why_opaque = "it was a partition and kept constraints copied from its parent";
          }
          *child->create.mutable_partbound() = cmd.def().partition_cmd().bound();
          child->create.clear_inh_relations();
          *child->create.add_inh_relations()->mutable_range_var() = MakeRangeVar(table->name);
          if (child->modelled) {
            child->modelled = false;
            child->why_opaque = "it is a partition";
            child->attached = true;
          }
        } else {
          indexes_.UpdateIf(
              [&](const ObjectDef& ix) {
                return ix.table.Key() == child->name.Key() && !ix.parent_index.empty();
              },
              [](ObjectDef& ix) { ix.parent_index.clear(); });
          child->create.clear_partbound();
          child->create.clear_inh_relations();
          // A table attached as a partition is itself again once detached.
          if (child->attached) {
            child->modelled = true;
            child->attached = false;
            child->why_opaque.clear();
          }
        }
        break;
      }
      case pg_query::AT_SetRelOptions:
      case pg_query::AT_ResetRelOptions: {
        // Storage parameters: SET replaces or adds each, RESET removes it.
        auto* options = table->create.mutable_options();
        auto same = [](const pg_query::DefElem& a, const pg_query::DefElem& b) {
          return a.defname() == b.defname() && a.defnamespace() == b.defnamespace();
        };
        for (const auto& n : cmd.def().list().items()) {
          if (!n.has_def_elem()) continue;
          for (int i = options->size() - 1; i >= 0; --i) {
            if (same((*options)[i].def_elem(), n.def_elem())) options->DeleteSubrange(i, 1);
          }
          if (cmd.subtype() == pg_query::AT_SetRelOptions) *options->Add() = n;
        }
        break;
      }
      case pg_query::AT_SetLogged:
      case pg_query::AT_SetUnLogged:
        table->create.mutable_relation()->set_relpersistence(
            cmd.subtype() == pg_query::AT_SetLogged ? "p" : "u");
        break;
      case pg_query::AT_EnableRowSecurity:
        table->row_security = true;
        break;
      case pg_query::AT_DisableRowSecurity:
        table->row_security = false;
        break;
      case pg_query::AT_ForceRowSecurity:
        table->force_row_security = true;
        break;
      case pg_query::AT_NoForceRowSecurity:
        table->force_row_security = false;
        break;
      case pg_query::AT_EnableTrig:
      case pg_query::AT_DisableTrig:
      case pg_query::AT_EnableAlwaysTrig:
      case pg_query::AT_EnableReplicaTrig: {
        ObjectDef* trigger = triggers_.MutableFind(TriggerKey(table->name, cmd.name()));
        if (trigger != nullptr) trigger->trigger_mode = TriggerModeOf(cmd.subtype());
        break;
      }
      default:
        break;
    }
  }
}

std::vector<QualName> Catalog::PartitionsOf(const QualName& parent) const {
  std::vector<QualName> out;
  for (const auto& [key, t] : tables_) {
    if (!t.create.has_partbound()) continue;
    for (const auto& p : t.create.inh_relations()) {
      if (p.has_range_var() && NameOf(p.range_var()).Key() == parent.Key()) out.push_back(t.name);
    }
  }
  return out;
}

void Catalog::KeepPartitionsOpaque(const QualName& parent, const std::string& why) {
  for (const QualName& p : PartitionsOf(parent)) {
    TableDef* t = FindTable(p);
    if (t == nullptr || !t->attached) continue;
    t->attached = false;
    t->why_opaque = why;
  }
}

void Catalog::DropTable(const QualName& name) {
  // Its partitions go with it.
  for (const QualName& p : PartitionsOf(name)) {
    if (p.Key() != name.Key()) DropTable(p);
  }
  auto t = tables_.find(name.Key());
  if (t != tables_.end()) IndexTableNames(t->second, -1);
  tables_.erase(name.Key());
  // Foreign keys of other tables that reference it: PostgreSQL refuses the
  // drop while they exist, or drops them with CASCADE.
  DropForeignKeysOn(name);
  DropRelationDependents(name);
}

void Catalog::DropRelationDependents(const QualName& name) {
  for (auto it = indexes_.begin(); it != indexes_.end();) {
    if (it->second.table.Key() == name.Key()) {
      comments_.erase("REL " + it->first);
      it = indexes_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto* m : {&triggers_, &policies_}) {
    for (auto it = m->begin(); it != m->end();) {
      if (it->second.table.Key() == name.Key()) {
        it = m->erase(it);
      } else {
        ++it;
      }
    }
  }
  Forget("REL " + name.Key());
  for (const std::string kind : {"COLUMN ", "CONSTRAINT ", "TRIGGER ", "POLICY "}) {
    std::string prefix = kind + name.Key() + "/";
    for (auto it = comments_.lower_bound(prefix);
         it != comments_.end() && it->first.compare(0, prefix.size(), prefix) == 0;) {
      it = comments_.erase(it);
    }
    for (auto it = privileges_.lower_bound(prefix);
         it != privileges_.end() && it->compare(0, prefix.size(), prefix) == 0;) {
      it = privileges_.erase(it);
    }
  }
}

namespace {

// Erases the foreign keys (of every table) for which `drop` holds, with their
// comments; true when there was one.
template <class Pred>
bool EraseForeignKeys(CowMap<TableDef>* tables, std::map<std::string, std::string>* comments,
                      Pred drop) {
  bool dropped = false;
  for (auto it = tables->begin(); it != tables->end(); ++it) {
    const auto& read = it->second.constraints;
    if (std::none_of(read.begin(), read.end(), drop)) continue;
    TableDef& other = tables->Mutable(it);
    auto& cons = other.constraints;
    for (auto c = cons.begin(); c != cons.end();) {
      if (!drop(*c)) {
        ++c;
        continue;
      }
      comments->erase("CONSTRAINT " + other.name.Key() + "/" + c->conname());
      c = cons.erase(c);
      dropped = true;
    }
  }
  return dropped;
}

}  // namespace

void Catalog::DropForeignKeysOn(const QualName& table, std::vector<std::string> key) {
  std::sort(key.begin(), key.end());
  std::vector<std::string> primary;
  if (const TableDef* t = FindTable(table)) {
    for (const auto& c : t->constraints) {
      if (c.contype() == pg_query::CONSTR_PRIMARY) primary = Strings(c.keys());
    }
  }
  std::sort(primary.begin(), primary.end());
  auto on_key = [&](const pg_query::Constraint& c) {
    if (!References(c, table)) return false;
    std::vector<std::string> referenced = Strings(c.pk_attrs());
    std::sort(referenced.begin(), referenced.end());
    return (referenced.empty() ? primary : referenced) == key;
  };
  if (EraseForeignKeys(&tables_, &comments_, on_key)) RebuildNameIndex();
}

void Catalog::DropForeignKeysOn(const QualName& table) {
  auto on_table = [&](const pg_query::Constraint& c) { return References(c, table); };
  if (EraseForeignKeys(&tables_, &comments_, on_table)) RebuildNameIndex();
}

void Catalog::ApplyDrop(const pg_query::DropStmt& stmt) {
  for (const auto& object : stmt.objects()) {
    switch (stmt.remove_type()) {
      case pg_query::OBJECT_TABLE:
        DropTable(RelationObjectName(object));
        break;
      case pg_query::OBJECT_INDEX: {
        QualName n = RelationObjectName(object);
        auto ix = indexes_.find(n.Key());
        if (ix != indexes_.end() && ix->second.stmt.index_stmt().unique()) {
          // Foreign keys that the unique index backs go with it (CASCADE;
          // without it PostgreSQL refuses the drop while they exist).
          QualName table = ix->second.table;
          std::vector<std::string> key = KeyColumns(ix->second.stmt.index_stmt());
          indexes_.erase(ix);
          if (!key.empty()) DropForeignKeysOn(table, key);
        }
        indexes_.erase(n.Key());
        Forget("REL " + n.Key());
        // A partitioned index's partitions' indexes go with it.
        for (auto it = indexes_.begin(); it != indexes_.end();) {
          if (it->second.parent_index == n.Key()) {
            Forget("REL " + it->first);
            it = indexes_.erase(it);
          } else {
            ++it;
          }
        }
        break;
      }
      case pg_query::OBJECT_VIEW:
      case pg_query::OBJECT_MATVIEW: {
        QualName n = RelationObjectName(object);
        views_.erase(n.Key());
        DropRelationDependents(n);
        break;
      }
      case pg_query::OBJECT_SEQUENCE:
        sequences_.erase(RelationObjectName(object).Key());
        Forget("REL " + RelationObjectName(object).Key());
        break;
      case pg_query::OBJECT_TYPE:
      case pg_query::OBJECT_DOMAIN:
        types_.erase(RelationObjectName(object).Key());
        Forget("REL " + RelationObjectName(object).Key());
        break;
      case pg_query::OBJECT_FUNCTION:
      case pg_query::OBJECT_PROCEDURE:
      case pg_query::OBJECT_ROUTINE: {
        if (!object.has_object_with_args()) break;
        const auto& owa = object.object_with_args();
        QualName n = NameOfList(owa.objname());
        if (owa.args_unspecified()) {
          const ObjectDef* f = FindFunctionByName(n);
          if (f != nullptr) {
            std::string key = FunctionKey(f->name, f->stmt.create_function_stmt().parameters());
            functions_.erase(key);
            Forget("FUNCTION " + key);
          }
        } else {
          functions_.erase(FunctionKeyFromArgs(n, owa.objargs()));
          Forget("FUNCTION " + FunctionKeyFromArgs(n, owa.objargs()));
        }
        break;
      }
      case pg_query::OBJECT_TRIGGER:
      case pg_query::OBJECT_POLICY: {
        if (!object.has_list()) break;
        std::vector<std::string> parts = Strings(object.list().items());
        if (parts.size() < 2) break;
        std::string sub = parts.back();
        parts.pop_back();
        QualName table;
        table.name = parts.back();
        table.schema = parts.size() >= 2 ? parts[parts.size() - 2] : std::string(kDefaultSchema);
        (stmt.remove_type() == pg_query::OBJECT_TRIGGER ? triggers_ : policies_)
            .erase(TriggerKey(table, sub));
        Forget(std::string(ObjectTypeName(stmt.remove_type())) + " " + TriggerKey(table, sub));
        break;
      }
      case pg_query::OBJECT_SCHEMA:
        schemas_.erase(StringOf(object));
        Forget("SCHEMA " + StringOf(object));
        break;
      case pg_query::OBJECT_EXTENSION:
        extensions_.erase(StringOf(object));
        extension_defs_.erase(StringOf(object));
        break;
      default:
        break;
    }
  }
}

void Catalog::MarkViewsStale(const QualName& table) {
  views_.UpdateIf([&](const ObjectDef& v) { return MentionsTable(v.stmt, table); },
                  [](ObjectDef& v) { v.stale = true; });
}

void Catalog::RenameTable(const QualName& from, const QualName& to) {
  auto it = tables_.find(from.Key());
  if (it == tables_.end()) return;
  TableDef t = std::move(tables_.Mutable(it));
  tables_.erase(it);
  if (from.name != to.name) {
    for (auto& col : t.columns) ExpandSerial(from, &col);
  }
  t.name = to;
  std::string persistence = t.create.relation().relpersistence();
  *t.create.mutable_relation() = MakeRangeVar(to);
  t.create.mutable_relation()->set_relpersistence(persistence);
  indexes_.UpdateIf([&](const ObjectDef& ix) { return ix.table.Key() == from.Key(); },
                    [&](ObjectDef& ix) {
                      ix.table = to;
                      *ix.stmt.mutable_index_stmt()->mutable_relation() = MakeRangeVar(to);
                      ix.text_current = false;
                    });
  for (auto* m : {&triggers_, &policies_}) {
    std::map<std::string, ObjectDef> moved;
    for (auto i = m->begin(); i != m->end();) {
      if (i->second.table.Key() != from.Key()) {
        ++i;
        continue;
      }
      ObjectDef d = std::move(m->Mutable(i));
      i = m->erase(i);
      d.table = to;
      d.text_current = false;
      if (d.stmt.has_create_trig_stmt()) {
        *d.stmt.mutable_create_trig_stmt()->mutable_relation() = MakeRangeVar(to);
      } else if (d.stmt.has_create_policy_stmt()) {
        *d.stmt.mutable_create_policy_stmt()->mutable_table() = MakeRangeVar(to);
      }
      moved[TriggerKey(to, d.name.name)] = std::move(d);
    }
    for (auto& [k, d] : moved) (*m)[k] = std::move(d);
  }
  std::vector<std::pair<std::string, std::string>> moved_comments;
  for (const std::string kind : {"COLUMN ", "CONSTRAINT ", "TRIGGER ", "POLICY "}) {
    std::string prefix = kind + from.Key() + "/";
    for (auto c = comments_.lower_bound(prefix);
         c != comments_.end() && c->first.compare(0, prefix.size(), prefix) == 0;) {
      moved_comments.emplace_back(kind + to.Key() + "/" + c->first.substr(prefix.size()),
                                  c->second);
      c = comments_.erase(c);
    }
  }
  auto rc = comments_.find("REL " + from.Key());
  if (rc != comments_.end()) {
    moved_comments.emplace_back("REL " + to.Key(), rc->second);
    comments_.erase(rc);
  }
  for (auto& [k, v] : moved_comments) comments_[k] = v;
  std::vector<std::pair<std::string, std::string>> moved_privileges;
  for (const auto& key : privileges_) {
    std::string column_prefix = "COLUMN " + from.Key() + "/";
    if (key == "REL " + from.Key()) moved_privileges.emplace_back(key, "REL " + to.Key());
    if (key.compare(0, column_prefix.size(), column_prefix) == 0) {
      moved_privileges.emplace_back(key,
                                    "COLUMN " + to.Key() + "/" + key.substr(column_prefix.size()));
    }
  }
  for (const auto& [a, b] : moved_privileges) {
    privileges_.erase(a);
    privileges_.insert(b);
  }
  tables_[to.Key()] = std::move(t);
  // Foreign keys reference the table itself, not its name: those of every
  // table (this one's own included) follow the rename.
  auto references = [&](const TableDef& other) {
    return std::any_of(other.constraints.begin(), other.constraints.end(),
                       [&](const pg_query::Constraint& c) { return References(c, from); });
  };
  tables_.UpdateIf(references, [&](TableDef& other) {
    for (auto& c : other.constraints) {
      if (References(c, from)) *c.mutable_pktable() = MakeRangeVar(to);
    }
  });
  MarkViewsStale(from);
}

void Catalog::ApplyRename(const pg_query::RenameStmt& stmt) {
  ApplyRenameOnly(stmt);
  RebuildNameIndex();
}

void Catalog::ApplyRenameOnly(const pg_query::RenameStmt& stmt) {
  switch (stmt.rename_type()) {
    case pg_query::OBJECT_TABLE: {
      QualName from = NameOf(stmt.relation());
      QualName to = from;
      to.name = stmt.newname();
      if (tables_.count(from.Key())) {
        RenameTable(from, to);
      }
      break;
    }
    case pg_query::OBJECT_VIEW:
    case pg_query::OBJECT_MATVIEW:
    case pg_query::OBJECT_SEQUENCE:
    case pg_query::OBJECT_INDEX: {
      QualName from = NameOf(stmt.relation());
      QualName to = from;
      to.name = stmt.newname();
      if (tables_.count(from.Key())) {
        RenameTable(from, to);  // ALTER VIEW/INDEX ... RENAME works on any relation
        break;
      }
      for (auto* m : {&views_, &sequences_, &indexes_}) {
        auto it = m->find(from.Key());
        if (it == m->end()) continue;
        ObjectDef d = std::move(m->Mutable(it));
        m->erase(it);
        d.name = to;
        d.text_current = false;
        if (d.stmt.has_view_stmt()) *d.stmt.mutable_view_stmt()->mutable_view() = MakeRangeVar(to);
        if (d.stmt.has_create_table_as_stmt()) {
          *d.stmt.mutable_create_table_as_stmt()->mutable_into()->mutable_rel() = MakeRangeVar(to);
        }
        if (d.stmt.has_create_seq_stmt()) {
          *d.stmt.mutable_create_seq_stmt()->mutable_sequence() = MakeRangeVar(to);
        }
        if (d.stmt.has_index_stmt()) d.stmt.mutable_index_stmt()->set_idxname(to.name);
        (*m)[to.Key()] = std::move(d);
        Rekey("REL " + from.Key(), "REL " + to.Key());
        if (m == &indexes_) RenameInIndexOrder(from.Key(), to.Key());
      }
      // An index backing a constraint: renaming it renames the constraint.
      tables_.UpdateIf(
          [&](const TableDef& t) {
            return t.name.schema == from.schema &&
                   std::any_of(
                       t.constraints.begin(), t.constraints.end(),
                       [&](const pg_query::Constraint& c) { return c.conname() == from.name; });
          },
          [&](TableDef& t) {
            for (auto& c : t.constraints) {
              if (c.conname() == from.name) c.set_conname(to.name);
            }
          });
      break;
    }
    case pg_query::OBJECT_COLUMN: {
      QualName table = NameOf(stmt.relation());
      TableDef* t = FindTable(table);
      if (t == nullptr) break;
      pg_query::ColumnDef* col = t->FindColumn(stmt.subname());
      if (col != nullptr) {
        ExpandSerial(t->name, col);
        col->set_colname(stmt.newname());
      }
      for (auto& c : t->constraints) RenameColumnInConstraint(&c, stmt.subname(), stmt.newname());
      // Foreign keys of any table that name the column among the referenced ones.
      tables_.UpdateIf(
          [&](const TableDef& other) {
            return std::any_of(other.constraints.begin(), other.constraints.end(),
                               [&](const pg_query::Constraint& c) { return References(c, table); });
          },
          [&](TableDef& other) {
            for (auto& c : other.constraints) {
              if (References(c, table))
                RenameInList(c.mutable_pk_attrs(), stmt.subname(), stmt.newname());
            }
          });
      indexes_.UpdateIf([&](const ObjectDef& ix) { return ix.table.Key() == table.Key(); },
                        [&](ObjectDef& ix) {
                          RenameColumnInIndex(ix.stmt.mutable_index_stmt(), stmt.subname(),
                                              stmt.newname());
                          ix.text_current = false;
                        });
      Rekey("COLUMN " + table.Key() + "/" + stmt.subname(),
            "COLUMN " + table.Key() + "/" + stmt.newname());
      MarkViewsStale(table);
      for (auto* m : {&triggers_, &policies_}) {
        m->UpdateIf([&](const ObjectDef& d) { return d.table.Key() == table.Key(); },
                    [](ObjectDef& d) { d.stale = true; });
      }
      break;
    }
    case pg_query::OBJECT_TABCONSTRAINT: {
      TableDef* t = FindTable(NameOf(stmt.relation()));
      if (t == nullptr) break;
      for (auto& c : t->constraints) {
        if (c.conname() == stmt.subname()) c.set_conname(stmt.newname());
      }
      break;
    }
    case pg_query::OBJECT_TYPE:
    case pg_query::OBJECT_DOMAIN: {
      QualName from = NameOfList(stmt.object().list().items());
      auto it = types_.find(from.Key());
      if (it == types_.end()) break;
      ObjectDef d = std::move(types_.Mutable(it));
      types_.erase(it);
      QualName to = from;
      to.name = stmt.newname();
      d.name = to;
      d.text_current = false;
      if (d.stmt.has_create_enum_stmt())
        SetNameList(to, d.stmt.mutable_create_enum_stmt()->mutable_type_name());
      if (d.stmt.has_create_domain_stmt())
        SetNameList(to, d.stmt.mutable_create_domain_stmt()->mutable_domainname());
      if (d.stmt.has_composite_type_stmt())
        *d.stmt.mutable_composite_type_stmt()->mutable_typevar() = MakeRangeVar(to);
      if (d.stmt.has_create_range_stmt())
        SetNameList(to, d.stmt.mutable_create_range_stmt()->mutable_type_name());
      types_[to.Key()] = std::move(d);
      Rekey("REL " + from.Key(), "REL " + to.Key());
      break;
    }
    case pg_query::OBJECT_FUNCTION:
    case pg_query::OBJECT_PROCEDURE: {
      if (!stmt.object().has_object_with_args()) break;
      const auto& owa = stmt.object().object_with_args();
      QualName from = NameOfList(owa.objname());
      const ObjectDef* f = owa.args_unspecified()
                               ? FindFunctionByName(from)
                               : FindFunction(FunctionKeyFromArgs(from, owa.objargs()));
      if (f == nullptr) break;
      std::string key = FunctionKey(f->name, f->stmt.create_function_stmt().parameters());
      ObjectDef d = functions_[key];
      functions_.erase(key);
      QualName to = d.name;
      to.name = stmt.newname();
      d.name = to;
      d.text_current = false;
      SetNameList(to, d.stmt.mutable_create_function_stmt()->mutable_funcname());
      Rekey("FUNCTION " + key,
            "FUNCTION " + FunctionKey(to, d.stmt.create_function_stmt().parameters()));
      functions_[FunctionKey(to, d.stmt.create_function_stmt().parameters())] = std::move(d);
      break;
    }
    case pg_query::OBJECT_TRIGGER:
    case pg_query::OBJECT_POLICY: {
      QualName table = NameOf(stmt.relation());
      auto& m = stmt.rename_type() == pg_query::OBJECT_TRIGGER ? triggers_ : policies_;
      auto it = m.find(TriggerKey(table, stmt.subname()));
      if (it == m.end()) break;
      ObjectDef d = std::move(m.Mutable(it));
      m.erase(it);
      d.name.name = stmt.newname();
      d.text_current = false;
      if (d.stmt.has_create_trig_stmt())
        d.stmt.mutable_create_trig_stmt()->set_trigname(stmt.newname());
      if (d.stmt.has_create_policy_stmt())
        d.stmt.mutable_create_policy_stmt()->set_policy_name(stmt.newname());
      m[TriggerKey(table, stmt.newname())] = std::move(d);
      std::string kind = std::string(ObjectTypeName(stmt.rename_type())) + " ";
      Rekey(kind + TriggerKey(table, stmt.subname()), kind + TriggerKey(table, stmt.newname()));
      break;
    }
    case pg_query::OBJECT_SCHEMA:
      if (schemas_.erase(stmt.subname())) schemas_.insert(stmt.newname());
      Rekey("SCHEMA " + stmt.subname(), "SCHEMA " + stmt.newname());
      break;
    default:
      break;
  }
}

void Catalog::ApplySetSchema(const pg_query::AlterObjectSchemaStmt& stmt) {
  ApplySetSchemaOnly(stmt);
  RebuildNameIndex();
}

void Catalog::ApplySetSchemaOnly(const pg_query::AlterObjectSchemaStmt& stmt) {
  if (stmt.object_type() == pg_query::OBJECT_TABLE) {
    QualName from = NameOf(stmt.relation());
    QualName to{stmt.newschema(), from.name, true};
    RenameTable(from, to);
    // Its indexes move with it.
    for (auto it = indexes_.begin(); it != indexes_.end();) {
      if (it->second.table.Key() == to.Key() && it->second.name.schema != to.schema) {
        ObjectDef d = std::move(indexes_.Mutable(it));
        std::string old_key = it->first;
        it = indexes_.erase(it);
        d.name.schema = to.schema;
        d.name.explicit_schema = true;
        RenameInIndexOrder(old_key, d.name.Key());
        indexes_[d.name.Key()] = std::move(d);
      } else {
        ++it;
      }
    }
  }
}

std::vector<std::pair<const ObjectDef*, std::string>> Catalog::IndexesAttachCreates(
    const QualName& parent, const QualName& child,
    std::vector<std::pair<const ObjectDef*, const ObjectDef*>>* attached) const {
  auto shape = [](const ObjectDef& d) {
    pg_query::IndexStmt s = d.stmt.index_stmt();
    s.clear_idxname();
    s.clear_relation();
    s.set_concurrent(false);
    s.set_if_not_exists(false);
    if (s.access_method().empty()) s.set_access_method("btree");
    StripLocations(&s);
    return s;
  };
  std::vector<const ObjectDef*> on_child;
  for (const ObjectDef* c : IndexesOf(child)) {
    if (c->parent_index.empty()) on_child.push_back(c);
  }
  std::vector<std::pair<const ObjectDef*, std::string>> out;
  std::vector<std::string> chosen;
  for (const ObjectDef* ix : IndexesOf(parent)) {
    pg_query::IndexStmt want = shape(*ix);
    auto equal = [&](const ObjectDef* c) { return SameTree(shape(*c), want); };
    auto match = std::find_if(on_child.begin(), on_child.end(), equal);
    if (match != on_child.end()) {
      if (attached != nullptr) attached->emplace_back(ix, *match);
      on_child.erase(match);  // attached, not created
      continue;
    }
    pg_query::IndexStmt s = ix->stmt.index_stmt();
    s.clear_idxname();
    *s.mutable_relation() = MakeRangeVar(child);
    std::string name = DefaultIndexName(*this, s);
    // Two created now cannot share a name: the model is updated one by one.
    while (std::find(chosen.begin(), chosen.end(), name) != chosen.end()) name += "_";
    chosen.push_back(name);
    out.emplace_back(ix, name);
  }
  return out;
}

void Catalog::AddPartitionIndexes(const QualName& parent, const QualName& child) {
  std::vector<std::pair<const ObjectDef*, const ObjectDef*>> attached;
  auto created = IndexesAttachCreates(parent, child, &attached);
  for (const auto& [ix, existing] : attached) {
    indexes_[existing->name.Key()].parent_index = ix->name.Key();
  }
  for (const auto& [ix, name] : created) {
    ObjectDef d = *ix;
    d.parent_index = ix->name.Key();
    d.name = QualName{child.schema, name, child.explicit_schema};
    d.table = child;
    d.text_current = false;
    d.stmt.mutable_index_stmt()->set_idxname(name);
    *d.stmt.mutable_index_stmt()->mutable_relation() = MakeRangeVar(child);
    std::string key = d.name.Key();
    indexes_[key] = std::move(d);
    OrderIndex(key);
  }
}

std::string Catalog::ConstraintAttachCopies(const QualName& parent) const {
  const TableDef* t = FindTable(parent);
  if (t == nullptr) return "";
  for (const auto& c : t->constraints) {
    if (IndexBacked(c) || c.contype() == pg_query::CONSTR_FOREIGN) return c.conname();
  }
  return "";
}

void Catalog::Rekey(const std::string& from, const std::string& to) {
  auto c = comments_.find(from);
  if (c != comments_.end()) {
    std::string text = c->second;
    comments_.erase(c);
    comments_[to] = text;
  }
  if (privileges_.erase(from) > 0) privileges_.insert(to);
}

void Catalog::Forget(const std::string& key) {
  comments_.erase(key);
  privileges_.erase(key);
}

bool Catalog::HasPrivilegesWithPrefix(const std::string& prefix) const {
  auto it = privileges_.lower_bound(prefix);
  return it != privileges_.end() && it->compare(0, prefix.size(), prefix) == 0;
}

const pg_query::CreateExtensionStmt* Catalog::ExtensionDef(std::string_view name) const {
  auto it = extension_defs_.find(std::string(name));
  return it == extension_defs_.end() ? nullptr : &it->second;
}

void Catalog::ApplyGrant(const pg_query::GrantStmt& stmt) {
  if (stmt.targtype() == pg_query::ACL_TARGET_ALL_IN_SCHEMA) {
    // Every object of the kind in the schemas named.
    for (const auto& schema : stmt.objects()) {
      std::string prefix = StringOf(schema) + ".";
      for (const auto* m : {&views_, &sequences_}) {
        for (const auto& [key, d] : *m) {
          if (key.compare(0, prefix.size(), prefix) == 0) privileges_.insert("REL " + key);
        }
      }
      for (const auto& [key, t] : tables_) {
        if (key.compare(0, prefix.size(), prefix) == 0) privileges_.insert("REL " + key);
      }
      for (const auto& [key, f] : functions_) {
        if (key.compare(0, prefix.size(), prefix) == 0) privileges_.insert("FUNCTION " + key);
      }
    }
    return;
  }
  if (stmt.targtype() != pg_query::ACL_TARGET_OBJECT) return;
  std::vector<std::string> columns;
  for (const auto& p : stmt.privileges()) {
    for (const auto& c : p.access_priv().cols()) columns.push_back(StringOf(c));
  }
  for (const auto& object : stmt.objects()) {
    switch (stmt.objtype()) {
      case pg_query::OBJECT_TABLE:
      case pg_query::OBJECT_SEQUENCE: {
        QualName n =
            object.has_range_var() ? NameOf(object.range_var()) : RelationObjectName(object);
        if (columns.empty()) privileges_.insert("REL " + n.Key());
        for (const auto& c : columns) privileges_.insert("COLUMN " + n.Key() + "/" + c);
        break;
      }
      case pg_query::OBJECT_FUNCTION:
      case pg_query::OBJECT_PROCEDURE:
      case pg_query::OBJECT_ROUTINE: {
        if (!object.has_object_with_args()) break;
        const auto& owa = object.object_with_args();
        QualName n = NameOfList(owa.objname());
        const ObjectDef* f = owa.args_unspecified() ? FindFunctionByName(n) : nullptr;
        privileges_.insert("FUNCTION " +
                           (f != nullptr
                                ? FunctionKey(f->name, f->stmt.create_function_stmt().parameters())
                                : FunctionKeyFromArgs(n, owa.objargs())));
        break;
      }
      case pg_query::OBJECT_SCHEMA:
        privileges_.insert("SCHEMA " + StringOf(object));
        break;
      case pg_query::OBJECT_TYPE:
      case pg_query::OBJECT_DOMAIN:
        privileges_.insert("REL " + RelationObjectName(object).Key());
        break;
      default:
        break;
    }
  }
}

void Catalog::MarkAltered(const pg_query::Node& stmt) {
  ObjectDef* d = nullptr;
  std::string by;
  auto in = [](CowMap<ObjectDef>* m, const std::string& key) { return m->MutableFind(key); };
  switch (stmt.node_case()) {
    case pg_query::Node::kAlterSeqStmt:
      d = in(&sequences_, NameOf(stmt.alter_seq_stmt().sequence()).Key());
      by = "ALTER SEQUENCE";
      break;
    case pg_query::Node::kAlterDomainStmt:
      d = in(&types_, NameOfList(stmt.alter_domain_stmt().type_name()).Key());
      by = "ALTER DOMAIN";
      break;
    case pg_query::Node::kAlterFunctionStmt: {
      const auto& owa = stmt.alter_function_stmt().func();
      QualName n = NameOfList(owa.objname());
      const ObjectDef* f = owa.args_unspecified() ? FindFunctionByName(n) : nullptr;
      d = in(&functions_, f != nullptr
                              ? FunctionKey(f->name, f->stmt.create_function_stmt().parameters())
                              : FunctionKeyFromArgs(n, owa.objargs()));
      by = "ALTER FUNCTION";
      break;
    }
    case pg_query::Node::kAlterTableStmt: {
      const auto& a = stmt.alter_table_stmt();
      std::string key = NameOf(a.relation()).Key();
      by = std::string("ALTER ") + ObjectTypeName(a.objtype());
      if (a.objtype() == pg_query::OBJECT_INDEX) d = in(&indexes_, key);
      if (a.objtype() == pg_query::OBJECT_VIEW || a.objtype() == pg_query::OBJECT_MATVIEW) {
        d = in(&views_, key);
      }
      if (a.objtype() == pg_query::OBJECT_TYPE) d = in(&types_, key);
      break;
    }
    default:
      break;
  }
  if (d != nullptr && d->altered_by.empty()) d->altered_by = by;
}

void Catalog::ApplyComment(const pg_query::CommentStmt& stmt) {
  std::string key = CommentKey(stmt.objtype(), stmt.object());
  if (key.empty()) return;
  if (stmt.comment().empty()) {
    comments_.erase(key);
  } else {
    comments_[key] = stmt.comment();
  }
}

}  // namespace tidemark::analyzer
