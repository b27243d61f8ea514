#include "exec/archive.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "analyzer/parse_tree.h"
#include "analyzer/type_conversion.h"

namespace tidemark::exec {

namespace {

using analyzer::QualifiedName;
using analyzer::QuoteIdentifier;

std::string RowCount(int64_t n) { return fmt::format("{} {}", n, n == 1 ? "row" : "rows"); }

std::string NameOf(const pg_query::Node& node) {
  return node.has_string() ? node.string().sval() : std::string();
}

// The dotted name of a DROP's object ("s.t" as a list of strings).
std::vector<std::string> ObjectName(const pg_query::Node& object) {
  std::vector<std::string> parts;
  if (object.has_list()) {
    for (const pg_query::Node& item : object.list().items()) parts.push_back(NameOf(item));
  } else if (object.has_type_name()) {
    for (const pg_query::Node& item : object.type_name().names()) parts.push_back(NameOf(item));
  }
  return parts;
}

std::string Dotted(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ".") + QuoteIdentifier(p);
  return out;
}

std::string KeyList(const std::vector<std::string>& key) {
  std::string out;
  for (const std::string& k : key) out += (out.empty() ? "" : ", ") + QuoteIdentifier(k);
  return out;
}

int64_t Count(pqxx::transaction_base& tx, const std::string& sql) {
  pqxx::result r = tx.exec(sql);
  return r.empty() || r[0][0].is_null() ? -1 : r[0][0].as<int64_t>();
}

// A table as the catalog has it.
struct Relation {
  std::string oid;  // empty: no such table
  std::string schema;
  std::string name;
  int64_t bytes = 0;
};

Relation Resolve(pqxx::transaction_base& tx, const std::string& qualified) {
  Relation rel;
  pqxx::result r = tx.exec(
      "SELECT c.oid::text, n.nspname, c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass(" +
      tx.quote(qualified) + ") AND c.relkind IN ('r', 'p')");
  if (r.empty()) return rel;
  rel.oid = r[0][0].as<std::string>();
  rel.schema = r[0][1].as<std::string>();
  rel.name = r[0][2].as<std::string>();
  rel.bytes = r[0][3].as<int64_t>();
  return rel;
}

bool HasColumn(pqxx::transaction_base& tx, const std::string& oid, const std::string& column) {
  return !tx.exec("SELECT 1 FROM pg_attribute WHERE attrelid = " + tx.quote(oid) +
                  "::oid AND attname = " + tx.quote(column) +
                  " AND attnum > 0 AND NOT attisdropped")
              .empty();
}

// The column sets of the table's unique keys whose columns are all NOT
// NULL (no partial or expression indexes), the primary key first, then the
// narrowest.
std::vector<std::vector<std::string>> UniqueKeys(pqxx::transaction_base& tx,
                                                 const std::string& oid) {
  pqxx::result r = tx.exec(
      "SELECT array_to_json(array_agg(a.attname::text ORDER BY k.n))::text, "
      "bool_and(a.attnotnull) FROM pg_index i "
      "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) "
      "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
      "WHERE i.indrelid = " +
      tx.quote(oid) +
      "::oid AND i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL "
      "AND k.n <= i.indnkeyatts GROUP BY i.indexrelid, i.indisprimary "
      "ORDER BY i.indisprimary DESC, count(*), i.indexrelid");
  std::vector<std::vector<std::string>> keys;
  for (const auto& row : r) {
    if (!row[1].as<bool>()) continue;
    keys.push_back(nlohmann::json::parse(row[0].as<std::string>()).get<std::vector<std::string>>());
  }
  return keys;
}

// The first unique key that holds none of `changed`; empty when none.
std::vector<std::string> ChooseKey(pqxx::transaction_base& tx, const std::string& oid,
                                   const std::set<std::string>& changed) {
  for (auto& key : UniqueKeys(tx, oid)) {
    bool clear = std::none_of(key.begin(), key.end(),
                              [&](const std::string& k) { return changed.count(k) > 0; });
    if (clear) return key;
  }
  return {};
}

std::string NoKeyReason(const std::string& object, const std::string& table,
                        const std::set<std::string>& changed) {
  std::string others;
  for (const std::string& c : changed) others += (others.empty() ? "" : ", ") + QuoteIdentifier(c);
  return fmt::format(
      "cannot keep {}: table {} has no primary key and no unique index over NOT NULL columns "
      "(other than {}) to match its rows by when the values are put back; give it one, or roll "
      "back without --keep-data",
      object, table, others);
}

// "-- changes column t.c from numeric(12,2) to integer, which rounds ...
// (3 non-null values)" when the conversion can round, cut or fail on the
// values the column holds now; empty when it keeps every value. `keep`
// says whether changed values need keeping (the conversion can change them
// without an error, or the statement's own USING expression decides).
std::string TypeChangeNote(pqxx::transaction_base& tx, const Relation& rel,
                           const std::string& qualified, const pg_query::AlterTableCmd& cmd,
                           bool* keep) {
  *keep = false;
  if (!cmd.def().has_column_def() || rel.oid.empty()) return "";
  pqxx::result current = tx.exec(
      "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = " +
      tx.quote(rel.oid) + "::oid AND attname = " + tx.quote(cmd.name()) + " AND NOT attisdropped");
  if (current.empty()) return "";
  // The column's type as the server prints it, read back as a type name.
  analyzer::ParseTree tree =
      analyzer::ParseTree::Parse("CREATE TABLE t (c " + current[0][0].as<std::string>() + ")");
  if (!tree.ok() || tree.size() != 1 || !tree.stmt(0).has_create_stmt()) return "";
  const pg_query::TypeName& from =
      tree.stmt(0).create_stmt().table_elts(0).column_def().type_name();
  const pg_query::ColumnDef& def = cmd.def().column_def();
  analyzer::Conversion c = analyzer::ConvertColumn(from, def.type_name());
  if (def.has_raw_default() && !analyzer::PlainConversion(def.raw_default(), cmd.name())) {
    *keep = true;  // a USING expression of the user's: no claim about it, but keep what changes
    return "";
  }
  if (c.effect == analyzer::ValueEffect::kExact) return "";
  *keep = c.effect != analyzer::ValueEffect::kMayFail;
  std::string column = QuoteIdentifier(cmd.name());
  int64_t values = Count(tx, fmt::format("SELECT count({}) FROM {}", column, qualified));
  std::string what =
      fmt::format("-- changes column {}.{} from {} to {}", qualified, column,
                  analyzer::TypeDisplay(from), analyzer::TypeDisplay(def.type_name()));
  std::string effect;
  if (c.effect == analyzer::ValueEffect::kLossy) {
    effect =
        ", which " + c.loss + " without an error" + (c.failure.empty() ? "" : "; it " + c.failure);
  } else {
    effect = "; it " + c.reason;
  }
  return fmt::format("{}{} ({} non-null {})", what, effect, values,
                     values == 1 ? "value" : "values");
}

DataLoss NotKept(std::string what) {
  DataLoss loss;
  loss.kind = DataLoss::Kind::kNotKept;
  loss.note = "-- not kept: " + std::move(what);
  return loss;
}

void PlanDrop(pqxx::transaction_base& tx, const pg_query::DropStmt& drop,
              std::vector<DataLoss>* out) {
  bool cascade = drop.behavior() == pg_query::DROP_CASCADE;
  for (const pg_query::Node& object : drop.objects()) {
    std::vector<std::string> parts = ObjectName(object);
    if (parts.empty()) continue;
    std::string name = Dotted(parts);
    switch (drop.remove_type()) {
      case pg_query::OBJECT_TABLE: {
        std::string schema = parts.size() > 1 ? parts[parts.size() - 2] : "";
        std::string qualified = QualifiedName(schema, parts.back());
        Relation rel = Resolve(tx, qualified);
        if (rel.oid.empty()) continue;
        DataLoss loss;
        loss.kind = DataLoss::Kind::kTable;
        int64_t rows = Count(tx, "SELECT count(*) FROM " + qualified);
        loss.note = fmt::format("-- drops table {} ({})", qualified, RowCount(rows));
        loss.table_schema = rel.schema;
        loss.table_name = rel.name;
        loss.table_bytes = rel.bytes;
        out->push_back(std::move(loss));
        if (cascade) {
          out->push_back(NotKept(fmt::format(
              "the objects that depend on table {} and go with it (CASCADE: views, other tables' "
              "foreign keys)",
              qualified)));
        }
        break;
      }
      case pg_query::OBJECT_SEQUENCE:
        out->push_back(NotKept(fmt::format(
            "the position of sequence {} (created again, it starts from its start value)", name)));
        break;
      case pg_query::OBJECT_MATVIEW:
        out->push_back(NotKept(fmt::format(
            "the rows of materialized view {} (created again, it computes them anew)", name)));
        break;
      case pg_query::OBJECT_SCHEMA:
        out->push_back(NotKept(fmt::format("schema {} and whatever it holds", name)));
        break;
      default:
        if (cascade) {
          out->push_back(NotKept(fmt::format(
              "the objects that depend on {} and go with it (CASCADE), and their data", name)));
        }
        break;
    }
  }
}

void PlanAlter(pqxx::transaction_base& tx, const pg_query::AlterTableStmt& alter,
               std::vector<DataLoss>* out) {
  if (alter.objtype() != pg_query::OBJECT_TABLE) return;
  const auto& range = alter.relation();
  std::string qualified = QualifiedName(range.schemaname(), range.relname());
  Relation rel = Resolve(tx, qualified);
  if (rel.oid.empty()) return;
  std::string table = QualifiedName(rel.schema, rel.name);
  // Every column the statement drops or retypes: none of them can be the key.
  std::set<std::string> changed;
  for (const pg_query::Node& node : alter.cmds()) {
    if (!node.has_alter_table_cmd()) continue;
    const auto& cmd = node.alter_table_cmd();
    if (cmd.subtype() == pg_query::AT_DropColumn || cmd.subtype() == pg_query::AT_AlterColumnType) {
      changed.insert(cmd.name());
    }
  }
  for (const pg_query::Node& node : alter.cmds()) {
    if (!node.has_alter_table_cmd()) continue;
    const auto& cmd = node.alter_table_cmd();
    DataLoss loss;
    loss.table_schema = rel.schema;
    loss.table_name = rel.name;
    loss.table_bytes = rel.bytes;
    loss.column = cmd.name();
    std::string column = QuoteIdentifier(cmd.name());
    if (cmd.subtype() == pg_query::AT_AlterColumnType) {
      bool keep = false;
      loss.note = TypeChangeNote(tx, rel, qualified, cmd, &keep);
      if (!keep) {
        if (!loss.note.empty()) {
          loss.kind = DataLoss::Kind::kNote;  // the conversion fails rather than changes
          out->push_back(std::move(loss));
        }
        continue;
      }
      loss.kind = DataLoss::Kind::kValues;
    } else if (cmd.subtype() == pg_query::AT_DropColumn) {
      if (!HasColumn(tx, rel.oid, cmd.name())) continue;
      int64_t values = Count(tx, fmt::format("SELECT count({}) FROM {}", column, qualified));
      int64_t rows = Count(tx, "SELECT count(*) FROM " + qualified);
      loss.kind = DataLoss::Kind::kColumn;
      loss.note = fmt::format("-- drops column {}.{} ({} non-null in {})", qualified, column,
                              values, RowCount(rows));
      if (cmd.behavior() == pg_query::DROP_CASCADE) {
        out->push_back(NotKept(fmt::format(
            "the objects that depend on column {}.{} and go with it (CASCADE)", table, column)));
      }
    } else {
      continue;
    }
    loss.key = ChooseKey(tx, rel.oid, changed);
    if (loss.key.empty()) loss.refusal = NoKeyReason(loss.Object(), table, changed);
    out->push_back(std::move(loss));
  }
}

// The archived columns of `oid` (all of them, or `only` in that order):
// name, type as it was, and whether it is stored as text (types outside
// pg_catalog, so that the archive holds no dependency on a type the Down
// may drop next).
struct ArchivedColumn {
  std::string name;
  std::string type;
  bool as_text = false;
  std::string Select() const {
    std::string q = QuoteIdentifier(name);
    return as_text ? q + "::text AS " + q : q;
  }
};

std::vector<ArchivedColumn> ColumnsOf(pqxx::transaction_base& tx, const std::string& oid,
                                      const std::vector<std::string>& only) {
  pqxx::result r = tx.exec(
      "SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typnamespace <> "
      "'pg_catalog'::regnamespace FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
      "WHERE a.attrelid = " +
      tx.quote(oid) + "::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
  std::vector<ArchivedColumn> all;
  for (const auto& row : r) {
    all.push_back({row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<bool>()});
  }
  if (only.empty()) return all;
  std::vector<ArchivedColumn> picked;
  for (const std::string& name : only) {
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ArchivedColumn& c) { return c.name == name; });
    if (it == all.end()) throw std::runtime_error("column " + name + " vanished");
    picked.push_back(*it);
  }
  return picked;
}

std::string ToJson(const std::vector<std::string>& list) { return nlohmann::json(list).dump(); }

std::string Kind(DataLoss::Kind kind) {
  switch (kind) {
    case DataLoss::Kind::kTable:
      return "table";
    case DataLoss::Kind::kColumn:
      return "column";
    case DataLoss::Kind::kValues:
      return "values";
    default:
      return "";
  }
}

// "t.k = a.k AND ..." for the key columns, the archive's side cast back to
// the type when it is stored as text.
std::string KeyMatch(const std::vector<std::string>& key, const std::vector<std::string>& types,
                     const std::vector<bool>& as_text) {
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    std::string q = QuoteIdentifier(key[i]);
    std::string archived = as_text[i] ? "a." + q + "::" + types[i] : "a." + q;
    out += fmt::format("{}t.{} = {}", out.empty() ? "" : " AND ", q, archived);
  }
  return out;
}

// Whether a dropped table can be moved into the archive schema whole
// instead of copied: nothing outside it refers to it or is referred to by
// it (foreign keys either way, views and rules, triggers, policies,
// inheritance and partitions, publications, its row type used elsewhere,
// defaults or checks calling functions of the database's own or other
// tables' sequences), its columns' types are built in (so that a later
// DROP TYPE is not blocked), and no index or sequence it takes along has a
// name already in the archive schema.
bool Movable(pqxx::transaction_base& tx, const std::string& oid, const std::string& schema) {
  std::string t = tx.quote(oid) + "::oid";
  std::string own = "(SELECT oid FROM pg_attrdef WHERE adrelid = " + t +
                    " UNION SELECT oid FROM pg_constraint WHERE conrelid = " + t + ")";
  std::string parts =
      "(SELECT objid FROM pg_depend WHERE classid = 'pg_class'::regclass AND "
      "refclassid = 'pg_class'::regclass AND refobjid = " +
      t +
      " AND deptype IN ('a', 'i') UNION SELECT indexrelid FROM pg_index WHERE "
      "indrelid = " +
      t + ")";
  std::string sql = fmt::format(
      "SELECT c.relkind = 'r' AND NOT c.relispartition "
      "AND NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = c.oid OR inhparent = c.oid) "
      "AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = c.oid) "
      "AND NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = c.oid) "
      "AND NOT EXISTS (SELECT 1 FROM pg_rewrite WHERE ev_class = c.oid) "
      "AND NOT EXISTS (SELECT 1 FROM pg_publication_rel WHERE prrelid = c.oid) "
      "AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND (conrelid = c.oid OR "
      "confrelid = c.oid)) "
      "AND NOT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid "
      "WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND ty.typnamespace <> "
      "'pg_catalog'::regnamespace) "
      "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_class'::regclass AND "
      "d.refobjid = c.oid AND d.classid = 'pg_rewrite'::regclass) "
      "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_type'::regclass AND "
      "d.refobjid = c.reltype AND NOT (d.classid = 'pg_class'::regclass AND d.objid = c.oid) "
      "AND NOT (d.classid = 'pg_type'::regclass AND d.deptype = 'i')) "
      "AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_type ty ON ty.oid = c.reltype WHERE "
      "d.refclassid = 'pg_type'::regclass AND d.refobjid = ty.typarray) "
      "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid IN {0} AND d.refclassid = "
      "'pg_proc'::regclass AND d.refobjid >= 16384) "
      "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid IN {0} AND d.refclassid = "
      "'pg_class'::regclass AND d.refobjid <> c.oid AND d.refobjid NOT IN {1}) "
      "AND NOT EXISTS (SELECT 1 FROM pg_class p JOIN pg_class q ON q.relname = p.relname AND "
      "q.relnamespace = to_regnamespace({2}) WHERE p.oid IN {1}) "
      "FROM pg_class c WHERE c.oid = {3}",
      own, parts, tx.quote(QuoteIdentifier(schema)), t);
  pqxx::result r = tx.exec(sql);
  return !r.empty() && r[0][0].as<bool>();
}

}  // namespace

std::string DataLoss::Object() const {
  std::string table = QualifiedName(table_schema, table_name);
  return column.empty() ? table : table + "." + QuoteIdentifier(column);
}

std::vector<DataLoss> PlanDataLoss(pqxx::transaction_base& tx, const std::string& sql) {
  std::vector<DataLoss> out;
  analyzer::ParseTree tree = analyzer::ParseTree::Parse(sql);
  if (!tree.ok()) return out;
  for (int i = 0; i < tree.size(); ++i) {
    const pg_query::Node& stmt = tree.stmt(i);
    if (stmt.has_drop_stmt()) PlanDrop(tx, stmt.drop_stmt(), &out);
    if (stmt.has_alter_table_stmt()) PlanAlter(tx, stmt.alter_table_stmt(), &out);
    if (stmt.has_truncate_stmt()) out.push_back(NotKept("the rows TRUNCATE removes"));
    if (stmt.has_delete_stmt()) out.push_back(NotKept("the rows this DELETE removes"));
    if (stmt.has_update_stmt()) out.push_back(NotKept("the values this UPDATE overwrites"));
  }
  return out;
}

std::string ArchiveRecord::ArchiveName() const {
  return QualifiedName(archive_schema, archive_table);
}

ArchiveRecord Archiver::Insert(pqxx::transaction_base& tx, const std::string& version,
                               const std::string& where, const DataLoss& loss,
                               const std::vector<std::string>& types) {
  ArchiveRecord rec;
  rec.version = version;
  rec.kind = Kind(loss.kind);
  rec.object = loss.Object();
  rec.table_schema = loss.table_schema;
  rec.table_name = loss.table_name;
  rec.column = loss.column;
  rec.key = loss.key;
  rec.column_types = types;
  rec.archive_schema = options_.schema;
  rec.statement = where;
  pqxx::row r = tx.exec_params1(
      "INSERT INTO " + tracking_.ArchivesTable(tx) +
          " (version, kind, object, table_schema, table_name, column_name, key_columns, "
          "column_types, archive_schema, archive_table, statement) VALUES ($1, $2, $3, $4, $5, "
          "nullif($6, ''), ARRAY(SELECT json_array_elements_text($7::json)), "
          "ARRAY(SELECT json_array_elements_text($8::json)), $9, '', $10) RETURNING id, "
          "to_char(archived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
      rec.version, rec.kind, rec.object, rec.table_schema, rec.table_name, rec.column,
      ToJson(rec.key), ToJson(types), rec.archive_schema, rec.statement);
  rec.id = r[0].as<int64_t>();
  rec.archived_at = r[1].as<std::string>();
  rec.archive_table = fmt::format("{}_{}", version, rec.id);
  if (rec.archive_table.size() > 63) rec.archive_table = fmt::format("archive_{}", rec.id);
  tx.exec_params("UPDATE " + tracking_.ArchivesTable(tx) + " SET archive_table = $2 WHERE id = $1",
                 rec.id, rec.archive_table);
  return rec;
}

void Archiver::UpdateCounts(pqxx::transaction_base& tx, ArchiveRecord* rec, int64_t rows) const {
  rec->rows = rows;
  rec->bytes =
      tx.exec1("SELECT pg_total_relation_size(" + tx.quote(rec->ArchiveName()) + "::regclass)")[0]
          .as<int64_t>();
  tx.exec_params(
      "UPDATE " + tracking_.ArchivesTable(tx) + " SET row_count = $2, bytes = $3 WHERE id = $1",
      rec->id, rec->rows, rec->bytes);
}

std::vector<std::string> Archiver::Keep(pqxx::transaction_base& tx, const std::string& version,
                                        const std::string& where, const std::string& sql) {
  std::vector<DataLoss> losses = PlanDataLoss(tx, sql);
  std::vector<std::string> lines;
  bool any = false;
  for (const DataLoss& loss : losses) {
    if (!loss.refusal.empty()) throw ArchiveRefused(loss.refusal);
    if (!loss.Archived()) continue;
    if (options_.max_bytes > 0 && loss.table_bytes > options_.max_bytes) {
      throw ArchiveRefused(fmt::format(
          "cannot keep {}: table {} takes {}, over the limit of {} (--max-archive-size); raise "
          "it, or roll back without --keep-data",
          loss.Object(), QualifiedName(loss.table_schema, loss.table_name),
          ByteSize(loss.table_bytes), ByteSize(options_.max_bytes)));
    }
    any = true;
  }
  if (any) tx.exec("CREATE SCHEMA IF NOT EXISTS " + QuoteIdentifier(options_.schema));
  for (const DataLoss& loss : losses) {
    if (loss.kind == DataLoss::Kind::kNotKept) {
      lines.push_back(loss.note.substr(3));  // without the "-- "
      continue;
    }
    if (!loss.Archived()) continue;
    Relation rel = Resolve(tx, QualifiedName(loss.table_schema, loss.table_name));
    std::string table = QualifiedName(rel.schema, rel.name);
    std::vector<std::string> only;
    if (loss.kind != DataLoss::Kind::kTable) {
      only = loss.key;
      only.push_back(loss.column);
    }
    std::vector<ArchivedColumn> columns = ColumnsOf(tx, rel.oid, only);
    std::vector<std::string> types;
    std::string select;
    for (const ArchivedColumn& c : columns) {
      types.push_back(c.type);
      select += (select.empty() ? "" : ", ") + c.Select();
    }
    ArchiveRecord rec = Insert(tx, version, where, loss, types);
    bool moved = loss.kind == DataLoss::Kind::kTable && Movable(tx, rel.oid, options_.schema);
    if (moved) {
      // The table itself goes to the archive (no copy), and an empty table
      // of its name and columns takes its place for the DROP to drop.
      tx.exec(
          fmt::format("ALTER TABLE {} RENAME TO {}", table, QuoteIdentifier(rec.archive_table)));
      tx.exec(fmt::format("ALTER TABLE {} SET SCHEMA {}",
                          QualifiedName(rel.schema, rec.archive_table),
                          QuoteIdentifier(options_.schema)));
      tx.exec(fmt::format("CREATE TABLE {} (LIKE {})", table, rec.ArchiveName()));
      UpdateCounts(tx, &rec, Count(tx, "SELECT count(*) FROM " + rec.ArchiveName()));
    } else {
      std::string filter = loss.kind == DataLoss::Kind::kValues
                               ? " WHERE " + QuoteIdentifier(loss.column) + " IS NOT NULL"
                               : "";
      pqxx::result r = tx.exec(fmt::format("CREATE TABLE {} AS SELECT {} FROM {}{}",
                                           rec.ArchiveName(), select, table, filter));
      UpdateCounts(tx, &rec, r.affected_rows());
    }
    if (loss.kind == DataLoss::Kind::kValues) {
      pending_values_.push_back(rec);
      continue;
    }
    lines.push_back(fmt::format("kept {} {}{}: {}, {} in {}{}", rec.kind, rec.object,
                                rec.key.empty() ? "" : " by key (" + KeyList(rec.key) + ")",
                                RowCount(rec.rows), ByteSize(rec.bytes), rec.ArchiveName(),
                                moved ? " (moved there, not copied)" : ""));
  }
  return lines;
}

std::vector<std::string> Archiver::AfterStatement(pqxx::transaction_base& tx) {
  std::vector<std::string> lines;
  for (ArchiveRecord& rec : pending_values_) {
    // The values the type change left as they were need no keeping.
    std::string column = QuoteIdentifier(rec.column);
    std::string match;
    for (const std::string& k : rec.key) {
      std::string q = QuoteIdentifier(k);
      match += fmt::format("{0}t.{1}::text = a.{1}::text", match.empty() ? "" : " AND ", q);
    }
    // Compared in the old type where the archive holds it (2.50 read back
    // as numeric(12,4) is the 2.5000 it was), else, or when the new type
    // does not cast back, as text.
    std::string prefix =
        fmt::format("DELETE FROM {} a USING {} t WHERE {} AND t.{}", rec.ArchiveName(),
                    QualifiedName(rec.table_schema, rec.table_name), match, column);
    const std::string& was = rec.column_types.back();
    Relation archive = Resolve(tx, rec.ArchiveName());
    bool as_text = ColumnsOf(tx, archive.oid, {rec.column}).front().type != was;
    pqxx::result r;
    bool typed = false;
    if (!as_text) {
      tx.exec("SAVEPOINT tidemark_compare");
      try {
        r = tx.exec(fmt::format("{}::{} IS NOT DISTINCT FROM a.{}", prefix, was, column));
        tx.exec("RELEASE SAVEPOINT tidemark_compare");
        typed = true;
      } catch (const pqxx::sql_error&) {
        tx.exec("ROLLBACK TO SAVEPOINT tidemark_compare");
      }
    }
    if (!typed) {
      r = tx.exec(fmt::format("{}::text IS NOT DISTINCT FROM a.{}::text", prefix, column));
    }
    auto unchanged = static_cast<int64_t>(r.affected_rows());
    if (unchanged >= rec.rows) {
      Drop(tx, rec);
      lines.push_back(fmt::format(
          "kept no values of {}: the type change left every value as it was", rec.object));
      continue;
    }
    UpdateCounts(tx, &rec, rec.rows - unchanged);
    lines.push_back(fmt::format(
        "kept values of {} that the type change altered, by key ({}): {}, {} in {}", rec.object,
        KeyList(rec.key), RowCount(rec.rows), ByteSize(rec.bytes), rec.ArchiveName()));
  }
  pending_values_.clear();
  return lines;
}

std::vector<ArchiveRecord> Archiver::List(pqxx::transaction_base& tx,
                                          const std::optional<std::string>& version) const {
  std::vector<ArchiveRecord> out;
  if (!tracking_.HasArchives(tx)) return out;
  pqxx::result r = tx.exec(
      "SELECT id, version, kind, object, table_schema, table_name, coalesce(column_name, ''), "
      "array_to_json(key_columns)::text, array_to_json(column_types)::text, archive_schema, "
      "archive_table, row_count, bytes, statement, "
      "to_char(archived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM " +
      tracking_.ArchivesTable(tx) + " ORDER BY id");
  for (const auto& row : r) {
    ArchiveRecord rec;
    rec.id = row[0].as<int64_t>();
    rec.version = row[1].as<std::string>();
    if (version && rec.version != *version) continue;
    rec.kind = row[2].as<std::string>();
    rec.object = row[3].as<std::string>();
    rec.table_schema = row[4].as<std::string>();
    rec.table_name = row[5].as<std::string>();
    rec.column = row[6].as<std::string>();
    rec.key = nlohmann::json::parse(row[7].as<std::string>()).get<std::vector<std::string>>();
    rec.column_types =
        nlohmann::json::parse(row[8].as<std::string>()).get<std::vector<std::string>>();
    rec.archive_schema = row[9].as<std::string>();
    rec.archive_table = row[10].as<std::string>();
    rec.rows = row[11].as<int64_t>();
    rec.bytes = row[12].as<int64_t>();
    rec.statement = row[13].as<std::string>();
    rec.archived_at = row[14].as<std::string>();
    out.push_back(std::move(rec));
  }
  return out;
}

void Archiver::Drop(pqxx::transaction_base& tx, const ArchiveRecord& record) const {
  tx.exec("DROP TABLE IF EXISTS " + record.ArchiveName());
  tx.exec_params("DELETE FROM " + tracking_.ArchivesTable(tx) + " WHERE id = $1", record.id);
}

RestoreOutcome Archiver::RestoreOne(pqxx::transaction_base& tx, const ArchiveRecord& rec) const {
  RestoreOutcome outcome;
  outcome.record = rec;
  std::string table = QualifiedName(rec.table_schema, rec.table_name);
  Relation target = Resolve(tx, table);
  if (target.oid.empty()) {
    outcome.reason = fmt::format("table {} does not exist after the Up", table);
    return outcome;
  }
  Relation archive = Resolve(tx, rec.ArchiveName());
  if (archive.oid.empty()) {
    outcome.reason = fmt::format("its archive table {} is gone", rec.ArchiveName());
    return outcome;
  }
  std::vector<ArchivedColumn> stored = ColumnsOf(tx, archive.oid, {});
  if (stored.size() != rec.column_types.size()) {
    outcome.reason = fmt::format("its archive table {} was changed", rec.ArchiveName());
    return outcome;
  }
  // The target's columns now: type and whether it is generated.
  pqxx::result now = tx.exec(
      "SELECT attname, format_type(atttypid, atttypmod), attgenerated <> '' FROM pg_attribute "
      "WHERE attrelid = " +
      tx.quote(target.oid) + "::oid AND attnum > 0 AND NOT attisdropped");
  auto find = [&](const std::string& name) -> const pqxx::row* {
    for (const auto& row : now) {
      if (row[0].as<std::string>() == name) return &row;
    }
    return nullptr;
  };
  std::vector<std::string> names;
  std::vector<std::string> exprs;
  std::vector<bool> as_text;
  for (size_t i = 0; i < stored.size(); ++i) {
    const ArchivedColumn& c = stored[i];
    const std::string& was = rec.column_types[i];
    std::string q = QuoteIdentifier(c.name);
    const pqxx::row* col = find(c.name);
    if (col == nullptr) {
      outcome.reason = fmt::format("column {}.{} is gone", table, q);
      return outcome;
    }
    std::string type = (*col)[1].as<std::string>();
    if (type != was) {
      outcome.reason = fmt::format("column {}.{} is now {}; it was {}", table, q, type, was);
      return outcome;
    }
    bool text = c.type != was;  // stored as text
    as_text.push_back(text);
    if ((*col)[2].as<bool>()) {
      if (rec.kind == "table") continue;  // computed again from the other columns
      outcome.reason = fmt::format("column {}.{} is now generated", table, q);
      return outcome;
    }
    names.push_back(q);
    exprs.push_back(text ? fmt::format("a.{}::{}", q, was) : "a." + q);
  }
  if (rec.kind == "table") {
    std::string cols;
    std::string values;
    for (size_t i = 0; i < names.size(); ++i) {
      cols += (i == 0 ? "" : ", ") + names[i];
      values += (i == 0 ? "" : ", ") + exprs[i];
    }
    pqxx::result r = tx.exec("INSERT INTO " + table + " (" + cols + ") OVERRIDING SYSTEM VALUE " +
                             "SELECT " + values + " FROM " + rec.ArchiveName() + " a");
    outcome.rows = static_cast<int64_t>(r.affected_rows());
    // Serial and identity columns continue after the rows put back.
    for (const std::string& name : names) {
      tx.exec(fmt::format(
          "SELECT setval(s, m) FROM (SELECT pg_get_serial_sequence({}, {}) AS s, (SELECT max({}) "
          "FROM {})::bigint AS m) x WHERE s IS NOT NULL AND m IS NOT NULL",
          tx.quote(table), tx.quote(name), name, table));
    }
    outcome.restored = true;
    Drop(tx, rec);
    return outcome;
  }
  // A column or changed values: matched by key, which must still be one.
  std::vector<std::string> key_set = rec.key;
  std::sort(key_set.begin(), key_set.end());
  bool still_key = false;
  for (auto key : UniqueKeys(tx, target.oid)) {
    std::sort(key.begin(), key.end());
    still_key = still_key || key == key_set;
  }
  if (!still_key) {
    outcome.reason = fmt::format(
        "({}) is no longer a key of {} (no primary key or unique index over exactly these NOT "
        "NULL columns)",
        KeyList(rec.key), table);
    return outcome;
  }
  std::vector<std::string> types(rec.column_types.begin(),
                                 rec.column_types.begin() + static_cast<long>(rec.key.size()));
  std::string match = KeyMatch(rec.key, types, as_text);
  std::string column = QuoteIdentifier(rec.column);
  pqxx::result r = tx.exec("UPDATE " + table + " t SET " + column + " = " + exprs.back() +
                           " FROM " + rec.ArchiveName() + " a WHERE " + match);
  outcome.rows = static_cast<int64_t>(r.affected_rows());
  if (outcome.rows < rec.rows) {
    // Rows deleted since: their values stay in the archive.
    tx.exec("DELETE FROM " + rec.ArchiveName() + " a USING " + table + " t WHERE " + match);
    ArchiveRecord left = rec;
    UpdateCounts(tx, &left, rec.rows - outcome.rows);
    outcome.record = left;
    outcome.reason = fmt::format("{} no longer in {}: their values stay in the archive",
                                 RowCount(left.rows), table);
    return outcome;
  }
  outcome.restored = true;
  Drop(tx, rec);
  return outcome;
}

std::vector<RestoreOutcome> Archiver::Restore(pqxx::transaction_base& tx,
                                              const std::string& version) {
  // Tables first (their rows are what other tables' foreign keys point at),
  // then columns and values; newest first within each. An archive whose
  // restore fails (a foreign key to rows not back yet) is tried again after
  // the others, as long as a round puts something back.
  std::vector<ArchiveRecord> records = List(tx, version);
  std::stable_sort(records.begin(), records.end(),
                   [](const ArchiveRecord& a, const ArchiveRecord& b) {
                     bool at = a.kind == "table";
                     bool bt = b.kind == "table";
                     return at != bt ? at : a.id > b.id;
                   });
  std::vector<RestoreOutcome> outcomes;
  // Rolled back with --keep-data twice without a restore in between: the
  // newest archive of an object holds its latest data and is the one put
  // back; the older ones stay.
  std::map<std::pair<std::string, std::string>, std::string> newest;  // its archive table
  std::vector<ArchiveRecord> current;
  for (const ArchiveRecord& rec : records) {
    auto [it, first] = newest.try_emplace({rec.kind, rec.object}, rec.ArchiveName());
    if (first) {
      current.push_back(rec);
      continue;
    }
    RestoreOutcome older;
    older.record = rec;
    older.reason = fmt::format("a newer archive of it ({}) is put back instead", it->second);
    outcomes.push_back(std::move(older));
  }
  records = std::move(current);
  std::vector<RestoreOutcome> failed;  // by an error, to be tried again
  bool progress = true;
  while (progress && !records.empty()) {
    progress = false;
    std::vector<ArchiveRecord> again;
    failed.clear();
    for (const ArchiveRecord& rec : records) {
      tx.exec("SAVEPOINT tidemark_restore");
      RestoreOutcome outcome;
      bool error = false;
      try {
        outcome = RestoreOne(tx, rec);
      } catch (const std::exception& e) {
        error = true;
        outcome = RestoreOutcome{};
        outcome.record = rec;
        std::string text = e.what();
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        outcome.reason = text;
      }
      if (error) {
        tx.exec("ROLLBACK TO SAVEPOINT tidemark_restore");
        again.push_back(rec);
        failed.push_back(std::move(outcome));
        continue;
      }
      if (outcome.restored || outcome.rows > 0) {
        tx.exec("RELEASE SAVEPOINT tidemark_restore");
        progress = true;
      } else {
        tx.exec("ROLLBACK TO SAVEPOINT tidemark_restore");
      }
      outcomes.push_back(std::move(outcome));
    }
    records = std::move(again);
  }
  for (RestoreOutcome& o : failed) outcomes.push_back(std::move(o));
  return outcomes;
}

int64_t Archiver::EstimateBytes(pqxx::transaction_base& tx, const DataLoss& loss) {
  if (loss.kind == DataLoss::Kind::kTable) return loss.table_bytes;
  if (!loss.Archived() || !loss.refusal.empty()) return 0;
  std::string sizes;
  std::vector<std::string> cols = loss.key;
  cols.push_back(loss.column);
  for (const std::string& c : cols) {
    sizes +=
        (sizes.empty() ? "" : " + ") + ("coalesce(pg_column_size(" + QuoteIdentifier(c) + "), 0)");
  }
  // 28 bytes a row: the tuple header and its line pointer.
  return Count(tx, "SELECT coalesce(sum(" + sizes + " + 28), 0)::bigint FROM " +
                       QualifiedName(loss.table_schema, loss.table_name));
}

std::string ByteSize(int64_t bytes) {
  static const char* const kUnits[] = {"bytes", "kB", "MB", "GB", "TB"};
  if (bytes < 1024) return fmt::format("{} {}", bytes, bytes == 1 ? "byte" : "bytes");
  double value = static_cast<double>(bytes);
  size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(kUnits)) {
    value /= 1024;
    ++unit;
  }
  return fmt::format("{:.1f} {}", value, kUnits[unit]);
}

std::optional<int64_t> ParseByteSize(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0) ++i;
  if (i == 0 || i > 15) return std::nullopt;
  int64_t number = std::stoll(text.substr(0, i));
  std::string unit = text.substr(i);
  while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
  std::string lower;
  for (char c : unit) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::pair<const char*, int> kUnits[] = {{"", 0},   {"b", 0},  {"kb", 1},
                                                       {"mb", 2}, {"gb", 3}, {"tb", 4}};
  for (const auto& [name, power] : kUnits) {
    if (lower == name) return number * static_cast<int64_t>(std::pow(1024, power));
  }
  return std::nullopt;
}

}  // namespace tidemark::exec
