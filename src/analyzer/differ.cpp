#include "analyzer/differ.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"
#include "analyzer/type_conversion.h"

namespace tidemark::analyzer {
namespace {

using Parts = std::vector<DownPart>;

// The order statements run in: every drop (dependents first), then every
// creation and change (what others depend on first).
enum Phase : size_t {
  kDropViews,
  kDropPolicies,
  kDropTriggers,
  kDropIndexes,
  kDropForeignKeys,
  kDropConstraints,
  kDropDefaults,          // before the functions and sequences they call are dropped
  kDropColumns,           // generated columns before the columns they read
  kRetypeColumns,         // to built-in types: before the old type goes
  kDropRowTypeFunctions,  // functions that take or return a table dropped here
  kDropTables,
  kDropSequences,
  kDropFunctions,
  kDropTypes,
  kDropExtensions,
  kDropSchemas,
  kSchemas,
  kExtensions,
  kTypes,
  kSequences,
  kFunctions,
  kTables,
  kColumns,
  kConstraints,
  kForeignKeys,
  kTableFlags,
  kRowTypeFunctions,  // functions that take or return a table created here
  kViews,             // before indexes and triggers: a materialized view has indexes
  kIndexes,
  kTriggers,
  kPolicies,
  kComments,
  kPhaseCount,
};

// A definition without the flags that do not change what it defines.
pg_query::Node Normalized(const pg_query::Node& stmt) {
  pg_query::Node n = stmt;
  switch (n.node_case()) {
    case pg_query::Node::kViewStmt:
      n.mutable_view_stmt()->set_replace(false);
      break;
    case pg_query::Node::kCreateFunctionStmt:
      n.mutable_create_function_stmt()->set_replace(false);
      break;
    case pg_query::Node::kCreateTrigStmt:
      n.mutable_create_trig_stmt()->set_replace(false);
      break;
    case pg_query::Node::kIndexStmt: {
      auto* index = n.mutable_index_stmt();
      index->set_concurrent(false);
      index->set_if_not_exists(false);
      // pg_dump's spelling: the table qualified, the method named.
      if (index->access_method().empty()) index->set_access_method("btree");
      QualName table = NameOf(index->relation());
      *index->mutable_relation() = MakeRangeVar(QualName{table.schema, table.name, true});
      break;
    }
    case pg_query::Node::kCreateSeqStmt:
      n.mutable_create_seq_stmt()->set_if_not_exists(false);
      break;
    case pg_query::Node::kCreateTableAsStmt:
      n.mutable_create_table_as_stmt()->set_if_not_exists(false);
      break;
    case pg_query::Node::kCreatePolicyStmt:
    default:
      break;
  }
  return n;
}

bool SameDefinition(const ObjectDef& a, const ObjectDef& b) {
  return SameTree(Normalized(a.stmt), Normalized(b.stmt));
}

// The DROP of an object: the Down of its CREATE, judged against an empty
// model so that it is the plain drop (one source for every kind's DROP).
Parts DropOf(const ObjectDef& def, bool concurrently = false) {
  static const Catalog kEmpty;
  pg_query::Node stmt = Normalized(def.stmt);
  if (concurrently) stmt.mutable_index_stmt()->set_concurrent(true);
  std::string sql = def.text_current ? def.sql : "";
  Reversal r = Reverse(ReverseContext{stmt, sql, kEmpty});
  return r.down;
}

DownPart CreateOf(const ObjectDef& def) {
  pg_query::Node stmt = Normalized(def.stmt);
  if (def.text_current && SameTree(stmt, def.stmt)) return RecreateObjectPart(def);
  return TreePart(stmt);
}

void Append(Parts* to, Parts parts) {
  for (auto& p : parts) to->push_back(std::move(p));
}

// What a column is, apart from its name and position, in one spelling:
// types without their pg_catalog qualifier (`timestamp with time zone` is
// timestamptz), serial as its integer type with a default of its own
// sequence, NOT NULL also when a primary key implies it, identity without
// the sequence options that are PostgreSQL's defaults (pg_dump writes them
// all out).
struct ColumnShape {
  pg_query::ColumnDef type;  // type_name and coll_clause only
  const pg_query::Node* default_expr = nullptr;
  bool own_sequence = false;  // serial, or DEFAULT nextval() of its own sequence
  bool not_null = false;
  std::optional<pg_query::Constraint> identity;
  const pg_query::Constraint* generated = nullptr;
};

// An identity's options without the defaults.
pg_query::Constraint IdentityShape(const pg_query::Constraint& c) {
  pg_query::Constraint out = c;
  out.clear_options();
  for (const auto& o : c.options()) {
    if (!o.has_def_elem()) continue;
    const auto& d = o.def_elem();
    const std::string& n = d.defname();
    int64_t value = d.has_arg() && d.arg().has_integer() ? d.arg().integer().ival() : -1;
    bool unset = !d.has_arg();
    if (n == "sequence_name" || (n == "start" && value == 1) || (n == "increment" && value == 1) ||
        ((n == "minvalue" || n == "maxvalue") && unset) || (n == "cache" && value == 1)) {
      continue;
    }
    *out.add_options() = o;
  }
  return out;
}

// A table's own definition (options, persistence, partitioning) without
// its name, and with the parents it names resolved to their schema.
pg_query::CreateStmt CreateShape(const pg_query::CreateStmt& create) {
  pg_query::CreateStmt out = create;
  out.clear_relation();
  for (auto& parent : *out.mutable_inh_relations()) {
    if (!parent.has_range_var()) continue;
    QualName name = NameOf(parent.range_var());
    *parent.mutable_range_var() = MakeRangeVar(QualName{name.schema, name.name, true});
  }
  return out;
}

bool IsGenerated(const pg_query::ColumnDef& c) {
  return std::any_of(c.constraints().begin(), c.constraints().end(), [](const pg_query::Node& n) {
    return n.constraint().contype() == pg_query::CONSTR_GENERATED;
  });
}

ColumnShape ShapeOf(const TableDef& table, const pg_query::ColumnDef& c) {
  ColumnShape s;
  *s.type.mutable_type_name() = c.type_name();
  auto* names = s.type.mutable_type_name()->mutable_names();
  if (names->size() == 2 && StringOf((*names)[0]) == "pg_catalog") names->DeleteSubrange(0, 1);
  if (names->size() == 1) {
    std::string base = SerialBaseType(s.type.type_name());
    if (!base.empty()) {
      (*names)[0] = MakeString(base);
      s.own_sequence = true;
      s.not_null = true;
    }
  }
  if (c.has_coll_clause()) *s.type.mutable_coll_clause() = c.coll_clause();
  s.not_null = s.not_null || c.is_not_null() || table.InPrimaryKey(c.colname());
  for (const auto& n : c.constraints()) {
    const auto& con = n.constraint();
    switch (con.contype()) {
      case pg_query::CONSTR_DEFAULT:
        if (IsSerialDefault(con.raw_expr(), table.name, c.colname())) {
          s.own_sequence = true;
        } else {
          s.default_expr = &con.raw_expr();
        }
        break;
      case pg_query::CONSTR_NOTNULL:
        s.not_null = true;
        break;
      case pg_query::CONSTR_IDENTITY:
        s.identity = IdentityShape(con);
        break;
      case pg_query::CONSTR_GENERATED:
        s.generated = &con;
        break;
      default:
        break;
    }
  }
  return s;
}

template <typename T>
bool SameOptional(const T* a, const T* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return SameTree(*a, *b);
}

bool IsForeignKey(const pg_query::Constraint& c) { return c.contype() == pg_query::CONSTR_FOREIGN; }

std::string Qualified(const QualName& name) { return QualName{name.schema, name.name, true}.Sql(); }

DownPart AlterTablePart(const QualName& table, const std::string& action) {
  return TextPart("ALTER TABLE " + Qualified(table) + " " + action,
                  pg_query::Node::kAlterTableStmt);
}

// Relations (tables, views) a view reads, as keys.
std::set<std::string> ViewReads(const ObjectDef& view) {
  std::vector<QualName> names;
  const pg_query::Node& stmt = view.stmt;
  if (stmt.has_view_stmt()) {
    CollectRelations(stmt.view_stmt().query(), &names);
  } else if (stmt.has_create_table_as_stmt()) {
    CollectRelations(stmt.create_table_as_stmt().query(), &names);
  }
  std::set<std::string> out;
  for (const auto& n : names) out.insert(n.Key());
  return out;
}

// The objects of `objects` whose keys are in `keys`, each after those of
// `keys` it depends on (`depends(def)`: the keys it names).
std::vector<const ObjectDef*> InDependencyOrder(
    const CowMap<ObjectDef>& objects, const std::set<std::string>& keys,
    const std::function<std::set<std::string>(const ObjectDef&)>& depends) {
  std::vector<const ObjectDef*> out;
  std::set<std::string> placed;
  std::set<std::string> visiting;
  std::function<void(const std::string&)> place = [&](const std::string& key) {
    if (placed.count(key) || visiting.count(key) || !keys.count(key)) return;
    auto it = objects.find(key);
    if (it == objects.end()) return;
    visiting.insert(key);
    for (const auto& dep : depends(it->second)) place(dep);
    visiting.erase(key);
    placed.insert(key);
    out.push_back(&it->second);
  };
  for (const auto& key : keys) place(key);
  return out;
}

// Views: a view comes after every view it reads.
std::vector<const ObjectDef*> ViewsInOrder(const Catalog& catalog,
                                           const std::set<std::string>& keys) {
  return InDependencyOrder(catalog.views(), keys, ViewReads);
}

// Types: after the types they name (a domain over a domain, a composite of
// an enum).
std::vector<const ObjectDef*> TypesInOrder(const Catalog& catalog,
                                           const std::set<std::string>& keys) {
  return InDependencyOrder(catalog.types(), keys, [](const ObjectDef& def) {
    std::vector<QualName> named;
    CollectTypes(def.stmt, &named);
    std::set<std::string> out;
    for (const auto& n : named) out.insert(n.Key());
    return out;
  });
}

bool IsRelation(const Catalog& c, const QualName& name) {
  return c.FindTable(name) != nullptr || c.FindView(name) != nullptr;
}

class Differ {
 public:
  Differ(const Catalog& from, const Catalog& to, const DiffOptions& options)
      : from_(from), to_(to), options_(options) {}

  Parts Run() {
    DiffSchemasAndExtensions();
    DiffTypes();
    DiffSequences();
    DiffFunctions();
    DiffTables();
    DiffViews();
    DiffTableObjects();
    DiffComments();
    Parts out;
    if (CreatesSqlFunction()) {
      // A LANGUAGE sql body is checked when it is created, and may read a
      // table created later in the same diff (or one a default of a table
      // calls it): as pg_dump does, the check waits for the first call.
      bool autocommit = false;
      for (const auto& phase : phases_) {
        for (const auto& p : phase) autocommit = autocommit || p.notransaction;
      }
      out.push_back(
          TextPart(std::string(autocommit ? "SET" : "SET LOCAL") + " check_function_bodies = off",
                   pg_query::Node::kVariableSetStmt));
    }
    for (auto& phase : phases_) Append(&out, std::move(phase));
    return out;
  }

  bool CreatesSqlFunction() const {
    std::vector<DownPart> created = phases_[kFunctions];
    for (const auto& p : phases_[kRowTypeFunctions]) created.push_back(p);
    for (const auto& p : created) {
      if (!p.generated || p.sql.empty()) continue;
      ParseTree tree = ParseTree::Parse(p.sql);
      if (!tree.ok() || tree.size() != 1 || !tree.stmt(0).has_create_function_stmt()) continue;
      const auto& f = tree.stmt(0).create_function_stmt();
      if (f.has_sql_body()) continue;  // BEGIN ATOMIC: parsed, not checked
      for (const auto& o : f.options()) {
        if (o.def_elem().defname() == "language" && StringOf(o.def_elem().arg()) == "sql") {
          return true;
        }
      }
    }
    return false;
  }

 private:
  Parts& At(Phase p) { return phases_[p]; }

  void DiffSchemasAndExtensions() {
    for (const auto& s : from_.schemas()) {
      if (!to_.HasSchema(s)) {
        At(kDropSchemas).push_back(TextPart("DROP SCHEMA " + Quote(s), pg_query::Node::kDropStmt));
      }
    }
    for (const auto& s : to_.schemas()) {
      if (!from_.HasSchema(s)) {
        At(kSchemas).push_back(
            TextPart("CREATE SCHEMA " + Quote(s), pg_query::Node::kCreateSchemaStmt));
      }
    }
    for (const auto& e : from_.extensions()) {
      if (!to_.HasExtension(e)) {
        At(kDropExtensions)
            .push_back(TextPart("DROP EXTENSION " + Quote(e), pg_query::Node::kDropStmt));
      }
    }
    for (const auto& e : to_.extensions()) {
      if (!from_.HasExtension(e)) {
        At(kExtensions)
            .push_back(
                TextPart("CREATE EXTENSION " + Quote(e), pg_query::Node::kCreateExtensionStmt));
      }
    }
  }

  // Enum values added (in place, in order) become ALTER TYPE ... ADD VALUE;
  // any other change to a type cannot be made while columns use it.
  void DiffTypes() {
    std::set<std::string> dropped;
    for (const auto& [key, old] : from_.types()) {
      auto it = to_.types().find(key);
      if (it == to_.types().end()) {
        dropped.insert(key);
      } else if (!SameDefinition(old, it->second)) {
        AlterType(old, it->second);
      }
    }
    std::vector<const ObjectDef*> drops = TypesInOrder(from_, dropped);
    for (auto it = drops.rbegin(); it != drops.rend(); ++it) Append(&At(kDropTypes), DropOf(**it));
    std::set<std::string> created;
    for (const auto& [key, def] : to_.types()) {
      if (!from_.types().count(key)) created.insert(key);
    }
    for (const ObjectDef* def : TypesInOrder(to_, created)) At(kTypes).push_back(CreateOf(*def));
  }

  void AlterType(const ObjectDef& old, const ObjectDef& now) {
    if (!old.stmt.has_create_enum_stmt() || !now.stmt.has_create_enum_stmt()) {
      At(kTypes).push_back(MissingPart("type " + now.name.Key() +
                                       " changed: drop and re-create it (and the columns that "
                                       "use it) by hand"));
      return;
    }
    std::vector<std::string> was = Strings(old.stmt.create_enum_stmt().vals());
    std::vector<std::string> is = Strings(now.stmt.create_enum_stmt().vals());
    // Every old value must still be there, in the same order.
    size_t j = 0;
    for (size_t i = 0; i < is.size() && j < was.size(); ++i) {
      if (is[i] == was[j]) ++j;
    }
    if (j != was.size()) {
      At(kTypes).push_back(MissingPart("enum " + now.name.Key() +
                                       " lost or reordered values: PostgreSQL cannot remove an "
                                       "enum value; rebuild the type by hand"));
      return;
    }
    std::set<std::string> existing(was.begin(), was.end());
    for (size_t i = 0; i < is.size(); ++i) {
      if (existing.count(is[i])) continue;
      std::string where;
      if (i > 0) {
        where = " AFTER " + QuoteLiteral(is[i - 1]);
      } else if (is.size() > 1) {
        where = " BEFORE " + QuoteLiteral(is[1]);
      }
      At(kTypes).push_back(TextPart(
          "ALTER TYPE " + Qualified(now.name) + " ADD VALUE " + QuoteLiteral(is[i]) + where,
          pg_query::Node::kAlterEnumStmt));
      existing.insert(is[i]);
    }
  }

  void DiffSequences() {
    for (const auto& [key, old] : from_.sequences()) {
      auto it = to_.sequences().find(key);
      if (it == to_.sequences().end()) {
        Append(&At(kDropSequences), DropOf(old));
      } else if (!SameDefinition(old, it->second)) {
        At(kSequences)
            .push_back(MissingPart("sequence " + key +
                                   " changed: write its ALTER SEQUENCE by hand (dropping it would "
                                   "lose its position)"));
      }
    }
    for (const auto& [key, def] : to_.sequences()) {
      if (!from_.sequences().count(key)) At(kSequences).push_back(CreateOf(def));
    }
  }

  // DROP FUNCTION by its identity, schema-qualified: an unqualified name
  // could resolve to a built-in of pg_catalog (area(box)), and argument
  // names are left out.
  static DownPart DropFunction(const std::string& key, const ObjectDef& def) {
    return TextPart(
        std::string(def.kind == pg_query::OBJECT_PROCEDURE ? "DROP PROCEDURE " : "DROP FUNCTION ") +
            Qualified(def.name) + key.substr(key.find('(')),
        pg_query::Node::kDropStmt);
  }

  // A function whose arguments or result name the row type of a table
  // this diff creates: it is created after the table.
  bool NamesNewTable(const ObjectDef& def) const { return NamesTable(def, to_, from_); }

  // True when `def` names the row type of a table of `in` that `out` lacks.
  static bool NamesTable(const ObjectDef& def, const Catalog& in, const Catalog& out) {
    std::vector<QualName> types;
    CollectTypes(def.stmt, &types);
    for (const auto& t : types) {
      if (in.FindTable(t) != nullptr && out.FindTable(t) == nullptr) return true;
    }
    return false;
  }

  // CREATE OR REPLACE cannot change what a function returns.
  static bool SameResult(const ObjectDef& a, const ObjectDef& b) {
    const auto& x = a.stmt.create_function_stmt();
    const auto& y = b.stmt.create_function_stmt();
    if (x.has_return_type() != y.has_return_type()) return false;
    if (x.has_return_type() && !SameTree(x.return_type(), y.return_type())) return false;
    auto outputs = [](const pg_query::CreateFunctionStmt& f) {
      std::vector<const pg_query::FunctionParameter*> out;
      for (const auto& p : f.parameters()) {
        const auto& fp = p.function_parameter();
        if (fp.mode() != pg_query::FUNC_PARAM_IN && fp.mode() != pg_query::FUNC_PARAM_VARIADIC &&
            fp.mode() != pg_query::FUNC_PARAM_DEFAULT) {
          out.push_back(&fp);
        }
      }
      return out;
    };
    auto ox = outputs(x);
    auto oy = outputs(y);
    if (ox.size() != oy.size()) return false;
    for (size_t i = 0; i < ox.size(); ++i) {
      if (ox[i]->name() != oy[i]->name() || !SameTree(ox[i]->arg_type(), oy[i]->arg_type())) {
        return false;
      }
    }
    return true;
  }

  void DiffFunctions() {
    for (const auto& [key, old] : from_.functions()) {
      auto it = to_.functions().find(key);
      if (it == to_.functions().end()) {
        At(NamesTable(old, from_, to_) ? kDropRowTypeFunctions : kDropFunctions)
            .push_back(DropFunction(key, old));
      } else if (!SameDefinition(old, it->second)) {
        if (SameResult(old, it->second)) {
          At(kFunctions).push_back(ReplacePart(it->second));
        } else {
          At(kDropFunctions).push_back(DropFunction(key, old));
          At(kFunctions).push_back(CreateOf(it->second));
        }
      }
    }
    for (const auto& [key, def] : to_.functions()) {
      if (from_.functions().count(key)) continue;
      At(NamesNewTable(def) ? kRowTypeFunctions : kFunctions).push_back(CreateOf(def));
    }
  }

  void DiffTables() {
    std::vector<std::string> dropped;
    for (const auto& [key, old] : from_.tables()) {
      const TableDef* now = to_.FindTable(old.name);
      if (now == nullptr) {
        dropped.push_back(Qualified(old.name));
        dropped_relations_.insert(key);
      } else {
        AlterTable(old, *now);
      }
    }
    // One statement: tables that reference each other go together.
    if (!dropped.empty()) {
      std::string sql = "DROP TABLE ";
      for (size_t i = 0; i < dropped.size(); ++i) sql += (i ? ", " : "") + dropped[i];
      At(kDropTables).push_back(TextPart(sql, pg_query::Node::kDropStmt));
    }
    for (const auto& [key, table] : to_.tables()) {
      if (from_.FindTable(table.name) == nullptr) CreateTable(table);
    }
  }

  void CreateTable(const TableDef& table) {
    created_relations_.insert(table.name.Key());
    if (!table.modelled) {
      At(kTables).push_back(
          MissingPart("table " + table.name.Key() + " is not modelled: " + table.why_opaque));
      return;
    }
    pg_query::Node stmt;
    *stmt.mutable_create_stmt() = table.create;
    auto* create = stmt.mutable_create_stmt();
    *create->mutable_relation() = MakeRangeVar(table.name);
    create->mutable_relation()->set_relpersistence(table.create.relation().relpersistence());
    for (const auto& col : table.columns) *create->add_table_elts()->mutable_column_def() = col;
    for (const auto& c : table.constraints) {
      if (IsForeignKey(c)) {
        At(kForeignKeys).push_back(AddConstraintPart(table.name, c));
      } else {
        *create->add_table_elts()->mutable_constraint() = c;
      }
    }
    At(kTables).push_back(TreePart(stmt));
    if (table.row_security) {
      At(kTableFlags).push_back(AlterTablePart(table.name, "ENABLE ROW LEVEL SECURITY"));
    }
    if (table.force_row_security) {
      At(kTableFlags).push_back(AlterTablePart(table.name, "FORCE ROW LEVEL SECURITY"));
    }
  }

  void AlterTable(const TableDef& old, const TableDef& now) {
    // One object, shared by the two catalogs (cow_map.h): neither changed it.
    if (&old == &now) return;
    const std::string key = now.name.Key();
    if (!old.modelled || !now.modelled) {
      bool same = old.modelled == now.modelled &&
                  SameTree(CreateShape(old.create), CreateShape(now.create)) &&
                  old.columns.size() == now.columns.size() &&
                  old.constraints.size() == now.constraints.size();
      for (size_t i = 0; same && i < old.columns.size(); ++i) {
        same = SameTree(old.columns[i], now.columns[i]);
      }
      for (size_t i = 0; same && i < old.constraints.size(); ++i) {
        same = SameTree(old.constraints[i], now.constraints[i]);
      }
      if (!same) {
        At(kColumns).push_back(MissingPart("table " + key + " changed, and it is not modelled: " +
                                           (old.modelled ? now.why_opaque : old.why_opaque)));
      }
      return;
    }
    if (!SameTree(CreateShape(old.create), CreateShape(now.create))) {
      At(kColumns).push_back(MissingPart(
          "table " + key + " changed its storage, persistence or partitioning: write it by hand"));
    }
    DiffConstraints(old, now);
    // Generated columns first: they read the others.
    for (bool generated : {true, false}) {
      for (const auto& col : old.columns) {
        if (now.FindColumn(col.colname()) != nullptr || IsGenerated(col) != generated) continue;
        At(kDropColumns).push_back(AlterTablePart(now.name, "DROP COLUMN " + Quote(col.colname())));
        reshaped_relations_.insert(key);
      }
    }
    for (const auto& col : now.columns) {
      const pg_query::ColumnDef* was = old.FindColumn(col.colname());
      if (was == nullptr) {
        pg_query::Node stmt = Template("ALTER TABLE x ADD COLUMN y int");
        auto* alter = stmt.mutable_alter_table_stmt();
        *alter->mutable_relation() = MakeRangeVar(now.name);
        *alter->mutable_cmds(0)->mutable_alter_table_cmd()->mutable_def()->mutable_column_def() =
            col;
        At(kColumns).push_back(TreePart(stmt));
        grown_relations_.insert(key);
      } else {
        AlterColumn(old, now, *was, col);
      }
    }
    if (old.row_security != now.row_security) {
      At(kTableFlags)
          .push_back(AlterTablePart(now.name, now.row_security ? "ENABLE ROW LEVEL SECURITY"
                                                               : "DISABLE ROW LEVEL SECURITY"));
    }
    if (old.force_row_security != now.force_row_security) {
      At(kTableFlags)
          .push_back(AlterTablePart(now.name, now.force_row_security
                                                  ? "FORCE ROW LEVEL SECURITY"
                                                  : "NO FORCE ROW LEVEL SECURITY"));
    }
  }

  void AlterColumn(const TableDef& old, const TableDef& now, const pg_query::ColumnDef& was,
                   const pg_query::ColumnDef& is) {
    const QualName& table = now.name;
    ColumnShape a = ShapeOf(old, was);
    ColumnShape b = ShapeOf(now, is);
    const std::string column = Quote(is.colname());
    const std::string what = "column " + table.Key() + "." + is.colname();
    if (a.identity.has_value() != b.identity.has_value() ||
        (a.identity && !SameTree(*a.identity, *b.identity)) ||
        !SameOptional(a.generated, b.generated)) {
      At(kColumns).push_back(
          MissingPart(what + " changed its identity or generation expression: write it by hand"));
      return;
    }
    bool retyped = !SameTree(a.type, b.type);
    bool redefaulted =
        !SameOptional(a.default_expr, b.default_expr) || a.own_sequence != b.own_sequence;
    // The old default may not convert to the new type, and may call a
    // function or sequence that goes: dropped first.
    if ((a.default_expr != nullptr || a.own_sequence) && (redefaulted || retyped)) {
      At(kDropDefaults)
          .push_back(AlterTablePart(table, "ALTER COLUMN " + column + " DROP DEFAULT"));
    }
    if (retyped) {
      // ALTER COLUMN ... TYPE serial is not SQL: the integer type it stands for.
      const pg_query::TypeName& type = b.own_sequence ? b.type.type_name() : is.type_name();
      Conversion conversion = ConvertColumn(StoredType(was.type_name()), StoredType(type));
      pg_query::Node stmt =
          Template(conversion.needs_using ? "ALTER TABLE x ALTER COLUMN y TYPE int USING y::int"
                                          : "ALTER TABLE x ALTER COLUMN y TYPE int");
      auto* alter = stmt.mutable_alter_table_stmt();
      *alter->mutable_relation() = MakeRangeVar(table);
      alter->mutable_cmds(0)->mutable_alter_table_cmd()->set_name(is.colname());
      auto* def = alter->mutable_cmds(0)->mutable_alter_table_cmd()->mutable_def();
      *def->mutable_column_def()->mutable_type_name() = type;
      if (is.has_coll_clause()) {
        *def->mutable_column_def()->mutable_coll_clause() = is.coll_clause();
      }
      if (conversion.needs_using) {
        // No implicit or assignment cast: USING column::type.
        auto* cast = def->mutable_column_def()->mutable_raw_default()->mutable_type_cast();
        *cast->mutable_type_name() = type;
        *cast->mutable_arg()->mutable_column_ref()->mutable_fields(0) = MakeString(is.colname());
      }
      // To a built-in type it can run before the old type (a domain, an
      // extension's type) is dropped; to a type created here, after it is.
      bool built_in = to_.FindType(NameOfList(type.names())) == nullptr &&
                      ConvertColumn(type, type).effect == ValueEffect::kExact;
      At(built_in ? kRetypeColumns : kColumns).push_back(TreePart(stmt));
      reshaped_relations_.insert(table.Key());
    }
    if ((b.default_expr != nullptr || b.own_sequence) && (redefaulted || retyped)) {
      pg_query::Node stmt = Template("ALTER TABLE x ALTER COLUMN y SET DEFAULT 0");
      auto* alter = stmt.mutable_alter_table_stmt();
      *alter->mutable_relation() = MakeRangeVar(table);
      auto* cmd = alter->mutable_cmds(0)->mutable_alter_table_cmd();
      cmd->set_name(is.colname());
      *cmd->mutable_def() = b.own_sequence ? SerialDefault(table, is.colname()) : *b.default_expr;
      At(kColumns).push_back(TreePart(stmt));
    }
    if (a.not_null != b.not_null) {
      At(kColumns).push_back(AlterTablePart(
          table, "ALTER COLUMN " + column + (b.not_null ? " SET NOT NULL" : " DROP NOT NULL")));
    }
  }

  // The same constraint under another name (a renamed table's users_pkey
  // is now accounts_pkey): RENAME CONSTRAINT keeps its index and the
  // foreign keys that depend on it.
  static const pg_query::Constraint* RenamedTo(const pg_query::Constraint& c, const TableDef& old,
                                               const TableDef& now) {
    pg_query::Constraint unnamed = c;
    unnamed.clear_conname();
    for (const auto& d : now.constraints) {
      if (old.FindConstraint(d.conname()) != nullptr) continue;
      pg_query::Constraint other = d;
      other.clear_conname();
      if (SameTree(unnamed, other)) return &d;
    }
    return nullptr;
  }

  void DiffConstraints(const TableDef& old, const TableDef& now) {
    std::set<std::string> renamed_from;  // names in `old`
    std::set<std::string> renamed_to;    // names in `now`
    for (const auto& c : old.constraints) {
      if (now.FindConstraint(c.conname()) != nullptr) continue;
      const pg_query::Constraint* to = RenamedTo(c, old, now);
      if (to == nullptr || !renamed_to.insert(to->conname()).second) continue;
      renamed_from.insert(c.conname());
      At(kDropConstraints)
          .push_back(TextPart("ALTER TABLE " + Qualified(now.name) + " RENAME CONSTRAINT " +
                                  Quote(c.conname()) + " TO " + Quote(to->conname()),
                              pg_query::Node::kRenameStmt));
    }
    for (const auto& c : old.constraints) {
      const pg_query::Constraint* is = now.FindConstraint(c.conname());
      if (is != nullptr && SameTree(c, *is)) continue;
      if (renamed_from.count(c.conname())) continue;
      At(IsForeignKey(c) ? kDropForeignKeys : kDropConstraints)
          .push_back(AlterTablePart(now.name, "DROP CONSTRAINT " + Quote(c.conname())));
      recreated_comments_.insert("CONSTRAINT " + now.name.Key() + "/" + c.conname());
    }
    for (const auto& c : now.constraints) {
      const pg_query::Constraint* was = old.FindConstraint(c.conname());
      if (was != nullptr && SameTree(c, *was)) continue;
      if (was == nullptr && renamed_to.count(c.conname())) continue;
      At(IsForeignKey(c) ? kForeignKeys : kConstraints).push_back(AddConstraintPart(now.name, c));
    }
  }

  // Views are dropped and created again when their definition changed or
  // when a table or view they read loses or retypes a column, or is itself
  // created again.
  void DiffViews() {
    std::set<std::string> again;
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& [key, old] : from_.views()) {
        auto it = to_.views().find(key);
        if (it == to_.views().end() || again.count(key)) continue;
        bool redo = !SameDefinition(old, it->second);
        // A `*` was expanded when the view was made: a column added to what
        // it reads appears only in a view made again.
        bool star = ContainsNode(old.stmt, pg_query::Node::kAStar);
        for (const auto& read : ViewReads(old)) {
          redo = redo || reshaped_relations_.count(read) || again.count(read) ||
                 (star && grown_relations_.count(read));
        }
        if (redo) {
          again.insert(key);
          grew = true;
        }
      }
    }
    std::set<std::string> drop = again;
    for (const auto& [key, old] : from_.views()) {
      if (!to_.views().count(key)) drop.insert(key);
    }
    std::set<std::string> create = again;
    for (const auto& [key, def] : to_.views()) {
      if (!from_.views().count(key)) create.insert(key);
    }
    std::vector<const ObjectDef*> dropping = ViewsInOrder(from_, drop);
    std::reverse(dropping.begin(), dropping.end());
    for (const ObjectDef* v : dropping) {
      Append(&At(kDropViews), DropOf(*v));
      dropped_relations_.insert(v->name.Key());
    }
    for (const ObjectDef* v : ViewsInOrder(to_, create)) {
      At(kViews).push_back(CreateOf(*v));
      created_relations_.insert(v->name.Key());
    }
  }

  // Indexes, triggers and policies, per table or view of either side.
  void DiffTableObjects() {
    std::map<std::string, QualName> relations;
    for (const auto* c : {&from_, &to_}) {
      for (const auto& [key, t] : c->tables()) relations[key] = t.name;
      for (const auto& [key, v] : c->views()) relations[key] = v.name;
    }
    for (const auto& [key, name] : relations) {
      DiffObjects(name, &Catalog::IndexesOf, kDropIndexes, kIndexes);
      DiffObjects(name, &Catalog::TriggersOf, kDropTriggers, kTriggers);
      DiffObjects(name, &Catalog::PoliciesOf, kDropPolicies, kPolicies);
    }
  }

  using ObjectsOf = std::vector<const ObjectDef*> (Catalog::*)(const QualName&) const;

  void DiffObjects(const QualName& relation, ObjectsOf list, Phase drop, Phase create) {
    const std::string key = relation.Key();
    // Objects of a relation dropped or created again go (and come) with it.
    bool gone = dropped_relations_.count(key) > 0;
    bool fresh = created_relations_.count(key) > 0;
    std::vector<const ObjectDef*> was = (from_.*list)(relation);
    std::vector<const ObjectDef*> is = (to_.*list)(relation);
    // An index of a relation that stays is built and dropped without
    // blocking writes, when asked.
    bool concurrently = options_.concurrent_indexes && create == kIndexes && !gone && !fresh &&
                        IsRelation(from_, relation) && IsRelation(to_, relation);
    auto find = [](const std::vector<const ObjectDef*>& defs, const ObjectDef& d) {
      for (const ObjectDef* x : defs) {
        if (x->name.name == d.name.name) return x;
      }
      return static_cast<const ObjectDef*>(nullptr);
    };
    for (const ObjectDef* old : was) {
      const ObjectDef* now = find(is, *old);
      bool same = now != nullptr && SameDefinition(*old, *now);
      if (same && !gone && !fresh) {
        if (old->trigger_mode != now->trigger_mode) {
          At(create).push_back(AlterTablePart(
              relation, TriggerModeAction(now->trigger_mode) + " " + Quote(now->name.name)));
        }
        continue;
      }
      if (!gone) Append(&At(drop), DropOf(*old, concurrently));
    }
    for (const ObjectDef* now : is) {
      const ObjectDef* old = find(was, *now);
      if (old != nullptr && SameDefinition(*old, *now) && !gone && !fresh) continue;
      At(create).push_back(create == kIndexes ? CreateIndexPart(*now, concurrently)
                                              : CreateOf(*now));
      if (now->trigger_mode != 'O') {
        At(create).push_back(AlterTablePart(
            relation, TriggerModeAction(now->trigger_mode) + " " + Quote(now->name.name)));
      }
      recreated_comments_.insert(std::string(ObjectTypeName(now->kind)) + " " + key + "/" +
                                 now->name.name);
      if (now->kind == pg_query::OBJECT_INDEX) {
        recreated_comments_.insert("REL " + now->name.Key());
      }
    }
  }

  // COMMENT ON for comments added, changed, removed, or lost with an object
  // created again.
  void DiffComments() {
    std::map<std::string, std::string> was;
    for (auto& [k, v] : from_.CommentsWithPrefix("")) was[k] = v;
    std::map<std::string, std::string> is;
    for (auto& [k, v] : to_.CommentsWithPrefix("")) is[k] = v;
    for (const auto& [key, text] : is) {
      auto it = was.find(key);
      bool lost = recreated_comments_.count(key) > 0 || Recreated(key);
      if (it != was.end() && it->second == text && !lost) continue;
      Comment(key, QuoteLiteral(text));
    }
    for (const auto& [key, text] : was) {
      if (is.count(key) || Recreated(key)) continue;
      Comment(key, "NULL");
    }
  }

  // A comment key whose object is (re)created by this diff, or dropped.
  bool Recreated(const std::string& key) const {
    std::string rest = key.substr(key.find(' ') + 1);
    std::string relation = rest.substr(0, rest.find('/'));
    return created_relations_.count(relation) > 0 || dropped_relations_.count(relation) > 0;
  }

  void Comment(const std::string& key, const std::string& literal) {
    std::string target = CommentTarget(key);
    if (target.empty()) {
      if (literal != "NULL") At(kComments).push_back(MissingPart("comment on " + key));
      return;
    }
    At(kComments).push_back(
        TextPart("COMMENT ON " + target + " IS " + literal, pg_query::Node::kCommentStmt));
  }

  // The COMMENT ON target of a comment key of `to_` ("" when the object is
  // gone or its kind is not rendered).
  std::string CommentTarget(const std::string& key) const {
    size_t space = key.find(' ');
    std::string kind = key.substr(0, space);
    std::string rest = key.substr(space + 1);
    auto split = [](const std::string& dotted) {
      size_t dot = dotted.find('.');
      return QualName{dotted.substr(0, dot), dotted.substr(dot + 1), true};
    };
    if (kind == "SCHEMA") return to_.HasSchema(rest) ? "SCHEMA " + Quote(rest) : "";
    if (kind == "EXTENSION") return to_.HasExtension(rest) ? "EXTENSION " + Quote(rest) : "";
    if (kind == "FUNCTION") {
      const ObjectDef* f = to_.FindFunction(rest);
      if (f == nullptr) return "";
      return (f->kind == pg_query::OBJECT_PROCEDURE ? "PROCEDURE " : "FUNCTION ") +
             Qualified(f->name) + rest.substr(rest.find('('));
    }
    if (kind == "REL") {
      QualName n = split(rest);
      if (to_.FindTable(n) != nullptr) return "TABLE " + n.Sql();
      if (const ObjectDef* v = to_.FindView(n)) {
        return (v->kind == pg_query::OBJECT_MATVIEW ? "MATERIALIZED VIEW " : "VIEW ") + n.Sql();
      }
      if (to_.FindIndex(n) != nullptr) return "INDEX " + n.Sql();
      if (to_.FindSequence(n) != nullptr) return "SEQUENCE " + n.Sql();
      if (const ObjectDef* t = to_.FindType(n)) {
        return (t->kind == pg_query::OBJECT_DOMAIN ? "DOMAIN " : "TYPE ") + n.Sql();
      }
      return "";
    }
    size_t slash = rest.find('/');
    if (slash == std::string::npos) return "";
    QualName table = split(rest.substr(0, slash));
    std::string sub = rest.substr(slash + 1);
    if (kind == "COLUMN") {
      const TableDef* t = to_.FindTable(table);
      if (t != nullptr && t->FindColumn(sub) != nullptr) {
        return "COLUMN " + table.Sql() + "." + Quote(sub);
      }
      const ObjectDef* v = to_.FindView(table);
      return v != nullptr ? "COLUMN " + table.Sql() + "." + Quote(sub) : "";
    }
    if (kind == "CONSTRAINT") {
      const TableDef* t = to_.FindTable(table);
      return t != nullptr && t->FindConstraint(sub) != nullptr
                 ? "CONSTRAINT " + Quote(sub) + " ON " + table.Sql()
                 : "";
    }
    if (kind == "TRIGGER" && to_.FindTrigger(table, sub) != nullptr) {
      return "TRIGGER " + Quote(sub) + " ON " + table.Sql();
    }
    if (kind == "POLICY" && to_.FindPolicy(table, sub) != nullptr) {
      return "POLICY " + Quote(sub) + " ON " + table.Sql();
    }
    return "";
  }

  const Catalog& from_;
  const Catalog& to_;
  DiffOptions options_;
  std::array<Parts, kPhaseCount> phases_;
  std::set<std::string> dropped_relations_;   // tables and views dropped
  std::set<std::string> created_relations_;   // tables and views (re)created
  std::set<std::string> reshaped_relations_;  // columns dropped or retyped
  std::set<std::string> grown_relations_;     // columns added
  std::set<std::string> recreated_comments_;  // comment keys of objects created again
};

}  // namespace

std::vector<DownPart> Diff(const Catalog& from, const Catalog& to, const DiffOptions& options) {
  return Differ(from, to, options).Run();
}

}  // namespace tidemark::analyzer
