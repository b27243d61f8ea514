#include <algorithm>
#include <optional>

#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"
#include "analyzer/sql_emit.h"

namespace tidemark::analyzer {

Reversal Make(Reversibility r, std::string reason, std::vector<DownPart> down) {
  Reversal out;
  out.reversibility = r;
  out.reason = std::move(reason);
  out.down = std::move(down);
  // A Down that could not be written in full is no Down to rely on.
  bool missing =
      std::any_of(out.down.begin(), out.down.end(), [](const DownPart& p) { return !p.generated; });
  if (missing && r != Reversibility::kIrreversible) {
    out.reversibility = Reversibility::kUnknown;
    for (const auto& p : out.down) {
      if (!p.generated) {
        out.reason += " (but " + p.comment + ")";
        break;
      }
    }
  }
  return out;
}

Reversal Unknown(std::string reason) {
  Reversal out;
  out.reversibility = Reversibility::kUnknown;
  out.down.push_back(MissingPart(reason));
  out.reason = std::move(reason);
  return out;
}

Reversal Irreversible(std::string reason) {
  Reversal out;
  out.reversibility = Reversibility::kIrreversible;
  out.down.push_back(MissingPart(reason));
  out.reason = std::move(reason);
  return out;
}

DownPart MissingPart(std::string reason) {
  DownPart p;
  p.generated = false;
  p.comment = std::move(reason);
  return p;
}

DownPart TreePart(const pg_query::Node& stmt, std::string note) {
  EmitResult r = Emit(stmt);
  if (!r.sql) return MissingPart(r.error);
  DownPart p;
  p.sql = std::move(*r.sql);
  p.comment = std::move(note);
  p.notransaction = NeedsNoTransaction(stmt);
  return p;
}

DownPart TextPart(const std::string& sql, pg_query::Node::NodeCase kind, std::string note) {
  ParseTree tree = ParseTree::Parse(sql);
  if (!tree.ok() || tree.size() != 1 || tree.stmt(0).node_case() != kind) {
    return MissingPart("generated SQL did not parse back as intended: " + sql);
  }
  DownPart p;
  p.sql = sql;
  p.comment = std::move(note);
  p.notransaction = NeedsNoTransaction(tree.stmt(0));
  return p;
}

pg_query::Node Template(std::string_view sql) {
  ParseTree tree = ParseTree::Parse(sql);
  if (!tree.ok() || tree.size() != 1) return {};
  return tree.stmt(0);
}

std::string Quote(std::string_view name) { return QuoteIdentifier(name); }

DownPart AddConstraintPart(const QualName& table, const pg_query::Constraint& c, std::string note) {
  pg_query::Node stmt = Template("ALTER TABLE x ADD CONSTRAINT c CHECK (true)");
  auto* alter = stmt.mutable_alter_table_stmt();
  *alter->mutable_relation() = MakeRangeVar(table);
  *alter->mutable_cmds(0)->mutable_alter_table_cmd()->mutable_def()->mutable_constraint() = c;
  return TreePart(stmt, std::move(note));
}

DownPart CreateIndexPart(const ObjectDef& index, bool concurrently, std::string note) {
  pg_query::Node stmt = index.stmt;
  stmt.mutable_index_stmt()->set_concurrent(concurrently);
  stmt.mutable_index_stmt()->set_if_not_exists(false);
  return TreePart(stmt, std::move(note));
}

DownPart RecreateObjectPart(const ObjectDef& def, std::string note) {
  if (def.text_current) return TextPart(def.sql, def.stmt.node_case(), std::move(note));
  return TreePart(def.stmt, std::move(note));
}

DownPart ReplacePart(const ObjectDef& def, std::string note) {
  if (def.text_current) {
    bool replace = def.stmt.has_create_function_stmt() ? def.stmt.create_function_stmt().replace()
                   : def.stmt.has_view_stmt()          ? def.stmt.view_stmt().replace()
                   : def.stmt.has_create_trig_stmt()   ? def.stmt.create_trig_stmt().replace()
                                                       : false;
    if (replace) return TextPart(def.sql, def.stmt.node_case(), std::move(note));
  }
  pg_query::Node stmt = def.stmt;
  if (stmt.has_create_function_stmt()) stmt.mutable_create_function_stmt()->set_replace(true);
  if (stmt.has_view_stmt()) stmt.mutable_view_stmt()->set_replace(true);
  if (stmt.has_create_trig_stmt()) stmt.mutable_create_trig_stmt()->set_replace(true);
  return TreePart(stmt, std::move(note));
}

DownPart CommentPart(const std::string& target, const std::string& text) {
  return TextPart("COMMENT ON " + target + " IS " + QuoteLiteral(text),
                  pg_query::Node::kCommentStmt);
}

namespace {

// The sequence of a `nextval('name')` default, if the column has one.
std::optional<QualName> NextvalSequence(const pg_query::ColumnDef& col) {
  for (const auto& n : col.constraints()) {
    const auto& c = n.constraint();
    if (c.contype() != pg_query::CONSTR_DEFAULT || !c.raw_expr().has_func_call()) continue;
    const auto& call = c.raw_expr().func_call();
    std::vector<std::string> name = Strings(call.funcname());
    if (name.empty() || name.back() != "nextval" || call.args_size() != 1) continue;
    const pg_query::Node* arg = &call.args(0);
    if (arg->has_type_cast()) arg = &arg->type_cast().arg();
    if (!arg->has_a_const() || !arg->a_const().has_sval()) continue;
    ParseTree parsed = ParseTree::Parse("SELECT 1 FROM " + arg->a_const().sval().sval());
    if (!parsed.ok() || parsed.size() != 1) continue;
    const auto& from = parsed.stmt(0).select_stmt().from_clause();
    if (from.size() != 1 || !from[0].has_range_var()) continue;
    return NameOf(from[0].range_var());
  }
  return std::nullopt;
}

// A column whose default draws from a sequence that no migration created
// (a serial's own, now renamed or retyped): PostgreSQL drops that sequence
// with the column, and a Down cannot name it back.
std::optional<DownPart> LostSequence(const Catalog& catalog, const pg_query::ColumnDef& col) {
  std::optional<QualName> seq = NextvalSequence(col);
  if (!seq || catalog.FindSequence(*seq) != nullptr) return std::nullopt;
  return MissingPart("column " + col.colname() + "'s default takes values from sequence " +
                     seq->name +
                     ", which no earlier migration created (a serial column's own sequence, "
                     "dropped with it); recreate the column and its sequence by hand");
}

}  // namespace

std::string PrivilegesLost(const std::string& what) {
  return "earlier migrations granted or revoked privileges on " + what +
         ", which tidemark does not track; write their GRANTs into the Down by hand";
}

std::vector<DownPart> RecreateColumn(const Catalog& catalog, const TableDef& table,
                                     const QualName& name, const std::string& column) {
  std::vector<DownPart> out;
  const pg_query::ColumnDef* col = table.FindColumn(column);
  if (col == nullptr) {
    out.push_back(MissingPart("column " + column + " is not known from earlier migrations"));
    return out;
  }
  if (auto lost = LostSequence(catalog, *col)) {
    out.push_back(std::move(*lost));
    return out;
  }
  pg_query::Node stmt = Template("ALTER TABLE x ADD COLUMN y int");
  auto* alter = stmt.mutable_alter_table_stmt();
  *alter->mutable_relation() = MakeRangeVar(name);
  *alter->mutable_cmds(0)->mutable_alter_table_cmd()->mutable_def()->mutable_column_def() = *col;
  out.push_back(TreePart(
      stmt, "re-adds column " + column + " with its definition; its data is not restored"));
  for (const auto& c : table.constraints) {
    auto cols = ConstraintColumns(c);
    if (std::find(cols.begin(), cols.end(), column) != cols.end()) {
      out.push_back(AddConstraintPart(name, c));
    }
  }
  for (const ObjectDef* ix : catalog.IndexesOf(table.name)) {
    auto cols = IndexColumns(ix->stmt.index_stmt());
    if (std::find(cols.begin(), cols.end(), column) != cols.end()) {
      out.push_back(CreateIndexPart(*ix, false));
      if (auto text = catalog.Comment("REL " + ix->name.Key())) {
        out.push_back(CommentPart("INDEX " + ix->name.Sql(), *text));
      }
    }
  }
  if (catalog.HasPrivileges("COLUMN " + table.name.Key() + "/" + column)) {
    out.push_back(MissingPart(PrivilegesLost("column " + column)));
  }
  if (auto text = catalog.Comment("COLUMN " + table.name.Key() + "/" + column)) {
    out.push_back(CommentPart("COLUMN " + name.Sql() + "." + Quote(column), *text));
  }
  return out;
}

std::vector<DownPart> RecreateTable(const Catalog& catalog, const TableDef& table,
                                    const QualName& name) {
  std::vector<DownPart> out;
  pg_query::Node stmt;
  *stmt.mutable_create_stmt() = table.create;
  auto* create = stmt.mutable_create_stmt();
  *create->mutable_relation() = MakeRangeVar(name);
  create->mutable_relation()->set_relpersistence(table.create.relation().relpersistence());
  for (const auto& col : table.columns) {
    if (auto lost = LostSequence(catalog, col)) {
      out.push_back(std::move(*lost));
      return out;
    }
    *create->add_table_elts()->mutable_column_def() = col;
  }
  // Added after the CREATE: constraints NOT VALID (CREATE TABLE validates
  // every constraint), and keys that repeat an earlier key (CREATE TABLE
  // keeps one index of equal ones).
  std::vector<const pg_query::Constraint*> later;
  std::vector<const pg_query::Constraint*> keys;
  auto same_key = [](const pg_query::Constraint& a, const pg_query::Constraint& b) {
    return Strings(a.keys()) == Strings(b.keys()) &&
           Strings(a.including()) == Strings(b.including()) &&
           SameTree(a.where_clause(), b.where_clause()) && a.deferrable() == b.deferrable() &&
           a.initdeferred() == b.initdeferred() && a.nulls_not_distinct() == b.nulls_not_distinct();
  };
  for (const auto& c : table.constraints) {
    bool key = c.contype() == pg_query::CONSTR_PRIMARY || c.contype() == pg_query::CONSTR_UNIQUE;
    bool unvalidated =
        (c.contype() == pg_query::CONSTR_CHECK || c.contype() == pg_query::CONSTR_FOREIGN) &&
        !c.initially_valid();
    bool repeated = key && std::any_of(keys.begin(), keys.end(),
                                       [&](const auto* k) { return same_key(*k, c); });
    if (unvalidated || repeated) {
      later.push_back(&c);
      continue;
    }
    if (key) keys.push_back(&c);
    *create->add_table_elts()->mutable_constraint() = c;
  }
  out.push_back(TreePart(
      stmt, "recreates table " + name.name + " from its definition; its data is not restored"));
  for (const auto* c : later) out.push_back(AddConstraintPart(name, *c));
  for (const ObjectDef* ix : catalog.IndexesOf(table.name)) {
    out.push_back(CreateIndexPart(*ix, false));
    if (auto text = catalog.Comment("REL " + ix->name.Key())) {
      out.push_back(CommentPart("INDEX " + ix->name.Sql(), *text));
    }
  }
  for (const ObjectDef* t : catalog.TriggersOf(table.name)) {
    out.push_back(RecreateObjectPart(*t));
    if (auto text = catalog.Comment("TRIGGER " + table.name.Key() + "/" + t->name.name)) {
      out.push_back(CommentPart("TRIGGER " + Quote(t->name.name) + " ON " + name.Sql(), *text));
    }
    if (t->trigger_mode != 'O') {
      out.push_back(TextPart("ALTER TABLE " + name.Sql() + " " +
                                 TriggerModeAction(t->trigger_mode) + " " + Quote(t->name.name),
                             pg_query::Node::kAlterTableStmt));
    }
  }
  if (table.row_security) {
    out.push_back(TextPart("ALTER TABLE " + name.Sql() + " ENABLE ROW LEVEL SECURITY",
                           pg_query::Node::kAlterTableStmt));
  }
  if (table.force_row_security) {
    out.push_back(TextPart("ALTER TABLE " + name.Sql() + " FORCE ROW LEVEL SECURITY",
                           pg_query::Node::kAlterTableStmt));
  }
  for (const ObjectDef* p : catalog.PoliciesOf(table.name)) {
    out.push_back(RecreateObjectPart(*p));
    if (auto text = catalog.Comment("POLICY " + table.name.Key() + "/" + p->name.name)) {
      out.push_back(CommentPart("POLICY " + Quote(p->name.name) + " ON " + name.Sql(), *text));
    }
  }
  if (auto text = catalog.Comment("REL " + table.name.Key())) {
    out.push_back(CommentPart("TABLE " + name.Sql(), *text));
  }
  for (const auto& [key, text] : catalog.CommentsWithPrefix("COLUMN " + table.name.Key() + "/")) {
    std::string column = key.substr(key.find('/') + 1);
    out.push_back(CommentPart("COLUMN " + name.Sql() + "." + Quote(column), text));
  }
  for (const auto& [key, text] :
       catalog.CommentsWithPrefix("CONSTRAINT " + table.name.Key() + "/")) {
    std::string con = key.substr(key.find('/') + 1);
    out.push_back(CommentPart("CONSTRAINT " + Quote(con) + " ON " + name.Sql(), text));
  }
  return out;
}

std::vector<DownPart> CatalogSql(const Catalog& catalog) {
  std::vector<DownPart> out;
  for (const auto& schema : catalog.schemas()) {
    out.push_back(TextPart("CREATE SCHEMA IF NOT EXISTS " + Quote(schema),
                           pg_query::Node::kCreateSchemaStmt));
  }
  for (const auto& extension : catalog.extensions()) {
    out.push_back(TextPart("CREATE EXTENSION IF NOT EXISTS " + Quote(extension),
                           pg_query::Node::kCreateExtensionStmt));
  }
  for (const auto* objects : {&catalog.types(), &catalog.sequences(), &catalog.functions()}) {
    for (const auto& [key, def] : *objects) out.push_back(RecreateObjectPart(def));
  }
  for (const auto& [key, table] : catalog.tables()) {
    if (!table.modelled) {
      out.push_back(MissingPart("table " + key + " is not modelled: " + table.why_opaque));
      continue;
    }
    for (auto& part : RecreateTable(catalog, table, table.name)) out.push_back(std::move(part));
  }
  for (const auto& [key, def] : catalog.views()) out.push_back(RecreateObjectPart(def));
  return out;
}

}  // namespace tidemark::analyzer
