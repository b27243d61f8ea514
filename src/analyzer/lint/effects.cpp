#include "analyzer/lint/effects.h"

#include <fmt/format.h>

#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

const char* KindName(pg_query::ObjectType type) {
  switch (type) {
    case pg_query::OBJECT_TABLE:
      return "table";
    case pg_query::OBJECT_INDEX:
      return "index";
    case pg_query::OBJECT_VIEW:
      return "view";
    case pg_query::OBJECT_MATVIEW:
      return "materialized view";
    case pg_query::OBJECT_SEQUENCE:
      return "sequence";
    case pg_query::OBJECT_TYPE:
      return "type";
    case pg_query::OBJECT_DOMAIN:
      return "domain";
    case pg_query::OBJECT_SCHEMA:
      return "schema";
    case pg_query::OBJECT_EXTENSION:
      return "extension";
    case pg_query::OBJECT_FUNCTION:
      return "function";
    case pg_query::OBJECT_PROCEDURE:
      return "procedure";
    case pg_query::OBJECT_TRIGGER:
      return "trigger";
    case pg_query::OBJECT_FOREIGN_TABLE:
      return "foreign table";
    default:
      return nullptr;
  }
}

Effect Create(const std::string& kind, const std::string& name, const std::string& owner = "") {
  Effect e;
  e.key = fmt::format("create {} {}", kind, name);
  e.inverse = fmt::format("drop {} {}", kind, name);
  if (!owner.empty()) e.owners.push_back(owner);
  e.what = fmt::format("creates {} {}", kind, QuoteIdentifier(name));
  e.undo = fmt::format("drops {} {}", kind, QuoteIdentifier(name));
  return e;
}

Effect Drop(const std::string& kind, const std::string& name, const std::string& owner = "") {
  Effect e;
  e.key = fmt::format("drop {} {}", kind, name);
  e.inverse = fmt::format("create {} {}", kind, name);
  if (!owner.empty()) e.owners.push_back(owner);
  e.what = fmt::format("drops {} {}", kind, QuoteIdentifier(name));
  e.undo = fmt::format("recreates {} {}", kind, QuoteIdentifier(name));
  e.destructive = kind == "table" || kind == "schema" || kind == "materialized view";
  return e;
}

std::string Column(const std::string& table, const std::string& column) {
  return table + "." + column;
}

std::string ColumnDisplay(const std::string& table, const std::string& column) {
  return QuoteIdentifier(table) + "." + QuoteIdentifier(column);
}

// A pair of keys that undo each other on a column ("set not null" /
// "drop not null"); `inverse` may equal `key` (type, default).
Effect ColumnEffect(const std::string& table, const std::string& column, const std::string& key,
                    const std::string& inverse, const std::string& what, const std::string& undo) {
  Effect e;
  e.key = fmt::format("{} {}", key, Column(table, column));
  e.inverse = fmt::format("{} {}", inverse, Column(table, column));
  e.owners = {"table " + table, "column " + Column(table, column)};
  e.what = fmt::format(fmt::runtime(what), ColumnDisplay(table, column));
  e.undo = fmt::format(fmt::runtime(undo), ColumnDisplay(table, column));
  return e;
}

void AlterTableEffects(const pg_query::AlterTableStmt& alter, std::vector<Effect>* out) {
  if (alter.objtype() != pg_query::OBJECT_TABLE) return;
  const std::string table = RelationKey(alter.relation());
  for (const pg_query::Node& n : alter.cmds()) {
    if (!n.has_alter_table_cmd()) continue;
    const pg_query::AlterTableCmd& cmd = n.alter_table_cmd();
    switch (cmd.subtype()) {
      case pg_query::AT_AddColumn: {
        if (!cmd.def().has_column_def()) break;
        const std::string column = cmd.def().column_def().colname();
        Effect e;
        e.key = "add column " + Column(table, column);
        e.inverse = "drop column " + Column(table, column);
        e.owners = {"table " + table};
        e.what = "adds column " + ColumnDisplay(table, column);
        e.undo = "drops column " + ColumnDisplay(table, column);
        out->push_back(std::move(e));
        break;
      }
      case pg_query::AT_DropColumn: {
        Effect e;
        e.key = "drop column " + Column(table, cmd.name());
        e.inverse = "add column " + Column(table, cmd.name());
        e.owners = {"table " + table};
        e.what = "drops column " + ColumnDisplay(table, cmd.name());
        e.undo = "adds back column " + ColumnDisplay(table, cmd.name());
        e.destructive = true;
        out->push_back(std::move(e));
        break;
      }
      case pg_query::AT_AddConstraint: {
        if (!cmd.def().has_constraint() || cmd.def().constraint().conname().empty()) break;
        const std::string name = cmd.def().constraint().conname();
        Effect e;
        e.key = "add constraint " + Column(table, name);
        e.inverse = "drop constraint " + Column(table, name);
        e.owners = {"table " + table};
        e.what =
            fmt::format("adds constraint {} on {}", QuoteIdentifier(name), QuoteIdentifier(table));
        e.undo =
            fmt::format("drops constraint {} on {}", QuoteIdentifier(name), QuoteIdentifier(table));
        out->push_back(std::move(e));
        break;
      }
      case pg_query::AT_DropConstraint: {
        Effect e;
        e.key = "drop constraint " + Column(table, cmd.name());
        e.inverse = "add constraint " + Column(table, cmd.name());
        e.owners = {"table " + table};
        e.what = fmt::format("drops constraint {} on {}", QuoteIdentifier(cmd.name()),
                             QuoteIdentifier(table));
        e.undo = fmt::format("adds back constraint {} on {}", QuoteIdentifier(cmd.name()),
                             QuoteIdentifier(table));
        out->push_back(std::move(e));
        break;
      }
      case pg_query::AT_SetNotNull:
        out->push_back(ColumnEffect(table, cmd.name(), "set not null", "drop not null",
                                    "sets NOT NULL on {}", "drops NOT NULL on {}"));
        break;
      case pg_query::AT_DropNotNull:
        out->push_back(ColumnEffect(table, cmd.name(), "drop not null", "set not null",
                                    "drops NOT NULL on {}", "sets NOT NULL on {} again"));
        break;
      case pg_query::AT_ColumnDefault:
        out->push_back(ColumnEffect(table, cmd.name(), "default", "default",
                                    "changes the default of {}", "restores the default of {}"));
        break;
      case pg_query::AT_AlterColumnType:
        out->push_back(ColumnEffect(table, cmd.name(), "type", "type", "changes the type of {}",
                                    "changes the type of {} back"));
        break;
      default:
        break;
    }
  }
}

void RenameEffects(const pg_query::RenameStmt& rename, std::vector<Effect>* out) {
  std::string old_name;
  std::string table;
  if (rename.has_relation()) table = RelationKey(rename.relation());
  const char* kind = nullptr;
  switch (rename.rename_type()) {
    case pg_query::OBJECT_COLUMN:
    case pg_query::OBJECT_TABCONSTRAINT: {
      const char* what = rename.rename_type() == pg_query::OBJECT_COLUMN ? "column" : "constraint";
      Effect e;
      e.key =
          fmt::format("rename {} {} {}", what, Column(table, rename.subname()), rename.newname());
      e.inverse =
          fmt::format("rename {} {} {}", what, Column(table, rename.newname()), rename.subname());
      e.owners = {"table " + table};
      e.what = fmt::format("renames {} {} to {}", what, ColumnDisplay(table, rename.subname()),
                           QuoteIdentifier(rename.newname()));
      e.undo = fmt::format("renames {} {} back to {}", what, ColumnDisplay(table, rename.newname()),
                           QuoteIdentifier(rename.subname()));
      out->push_back(std::move(e));
      return;
    }
    default:
      kind = KindName(rename.rename_type());
      break;
  }
  if (kind == nullptr) return;
  if (rename.has_relation()) {
    old_name = table;
  } else if (rename.has_object()) {
    std::vector<std::string> parts = ObjectNameParts(rename.object());
    if (!parts.empty()) old_name = parts.back();
  } else {
    old_name = rename.subname();  // ALTER SCHEMA a RENAME TO b
  }
  if (old_name.empty()) return;
  Effect e;
  e.key = fmt::format("rename {} {} {}", kind, old_name, rename.newname());
  e.inverse = fmt::format("rename {} {} {}", kind, rename.newname(), old_name);
  e.what = fmt::format("renames {} {} to {}", kind, QuoteIdentifier(old_name),
                       QuoteIdentifier(rename.newname()));
  e.undo = fmt::format("renames {} {} back to {}", kind, QuoteIdentifier(rename.newname()),
                       QuoteIdentifier(old_name));
  out->push_back(std::move(e));
}

void DropEffects(const pg_query::DropStmt& drop, std::vector<Effect>* out) {
  const char* kind = KindName(drop.remove_type());
  if (kind == nullptr) return;
  for (const pg_query::Node& object : drop.objects()) {
    std::vector<std::string> parts = ObjectNameParts(object);
    if (parts.empty()) continue;
    std::string owner;
    if (drop.remove_type() == pg_query::OBJECT_TRIGGER && parts.size() >= 2) {
      owner = "table " + parts[parts.size() - 2];
    }
    out->push_back(Drop(kind, parts.back(), owner));
  }
}

}  // namespace

std::vector<Effect> EffectsOf(const pg_query::Node& stmt) {
  std::vector<Effect> out;
  switch (stmt.node_case()) {
    case pg_query::Node::kCreateStmt:
      out.push_back(Create("table", RelationKey(stmt.create_stmt().relation())));
      break;
    case pg_query::Node::kCreateTableAsStmt: {
      const auto& create = stmt.create_table_as_stmt();
      out.push_back(
          Create(create.objtype() == pg_query::OBJECT_MATVIEW ? "materialized view" : "table",
                 RelationKey(create.into().rel())));
      break;
    }
    case pg_query::Node::kViewStmt:
      if (!stmt.view_stmt().replace())
        out.push_back(Create("view", RelationKey(stmt.view_stmt().view())));
      break;
    case pg_query::Node::kIndexStmt:
      if (!stmt.index_stmt().idxname().empty()) {
        out.push_back(Create("index", stmt.index_stmt().idxname(),
                             "table " + RelationKey(stmt.index_stmt().relation())));
      }
      break;
    case pg_query::Node::kCreateSeqStmt:
      out.push_back(Create("sequence", RelationKey(stmt.create_seq_stmt().sequence())));
      break;
    case pg_query::Node::kCreateEnumStmt:
      out.push_back(Create("type", LastName(stmt.create_enum_stmt().type_name())));
      break;
    case pg_query::Node::kCompositeTypeStmt:
      out.push_back(Create("type", RelationKey(stmt.composite_type_stmt().typevar())));
      break;
    case pg_query::Node::kCreateDomainStmt:
      out.push_back(Create("domain", LastName(stmt.create_domain_stmt().domainname())));
      break;
    case pg_query::Node::kCreateSchemaStmt:
      out.push_back(Create("schema", stmt.create_schema_stmt().schemaname()));
      break;
    case pg_query::Node::kCreateExtensionStmt:
      out.push_back(Create("extension", stmt.create_extension_stmt().extname()));
      break;
    case pg_query::Node::kCreateFunctionStmt: {
      const auto& create = stmt.create_function_stmt();
      if (!create.replace()) {
        out.push_back(
            Create(create.is_procedure() ? "procedure" : "function", LastName(create.funcname())));
      }
      break;
    }
    case pg_query::Node::kCreateTrigStmt: {
      const auto& create = stmt.create_trig_stmt();
      if (!create.replace()) {
        out.push_back(
            Create("trigger", create.trigname(), "table " + RelationKey(create.relation())));
      }
      break;
    }
    case pg_query::Node::kDropStmt:
      DropEffects(stmt.drop_stmt(), &out);
      break;
    case pg_query::Node::kAlterTableStmt:
      AlterTableEffects(stmt.alter_table_stmt(), &out);
      break;
    case pg_query::Node::kRenameStmt:
      RenameEffects(stmt.rename_stmt(), &out);
      break;
    default:
      break;
  }
  return out;
}

bool IsOpaque(const pg_query::Node& stmt) {
  switch (stmt.node_case()) {
    case pg_query::Node::kDoStmt:
    case pg_query::Node::kCallStmt:
    case pg_query::Node::kExecuteStmt:
      return true;
    case pg_query::Node::kSelectStmt:
      for (const pg_query::Node& target : stmt.select_stmt().target_list()) {
        if (target.has_res_target() && target.res_target().val().has_func_call() &&
            FunctionName(target.res_target().val().func_call()) != "set_config") {
          return true;
        }
      }
      return false;
    default:
      return false;
  }
}

}  // namespace tidemark::analyzer::lint
