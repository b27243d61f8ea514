#pragma once

// An in-memory model of the schema, built by replaying earlier migrations'
// Up statements in version order. Reversal rules read it to restore what a
// statement drops or replaces (a column's type, default and constraints, an
// index's or view's definition, a function's old body, an old comment).

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzer/cow_map.h"
#include "analyzer/tree_util.h"
#include "parser/migration.h"
#include "pg_query.pb.h"

namespace tidemark::analyzer {

struct TableDef {
  QualName name;
  // False when the table came from a form the model cannot rebuild (CREATE
  // TABLE AS, LIKE, INHERITS, PARTITION OF, OF type): `why_opaque` says so.
  bool modelled = true;
  std::string why_opaque;
  bool attached = false;        // modelled until ATTACH PARTITION made it a partition
  pg_query::CreateStmt create;  // relation, options, partitioning; no table_elts
  // Columns keep only NOT NULL, DEFAULT, IDENTITY and GENERATED; every other
  // constraint is a named table constraint in `constraints`.
  std::vector<pg_query::ColumnDef> columns;
  std::vector<pg_query::Constraint> constraints;
  bool row_security = false;
  bool force_row_security = false;

  pg_query::ColumnDef* FindColumn(std::string_view column);
  const pg_query::ColumnDef* FindColumn(std::string_view column) const;
  const pg_query::Constraint* FindConstraint(std::string_view name) const;
  // The column is in the primary key (and so NOT NULL).
  bool InPrimaryKey(std::string_view column) const;
};

// An object recreated from its definition: the original statement text while
// it still describes the object, else the (updated) tree.
struct ObjectDef {
  QualName name;
  QualName table;            // triggers, policies, indexes: the table
  std::string sql;           // the statement that created it
  pg_query::Node stmt;       // its tree, kept up to date by renames
  bool text_current = true;  // `sql` still describes the object
  bool stale = false;        // a rename elsewhere may have changed its meaning
  // An ALTER the model does not apply changed it since ("ALTER SEQUENCE"):
  // its definition is no longer known.
  std::string altered_by;
  // Triggers: when it fires, as pg_trigger.tgenabled: 'O' (ENABLE), 'D'
  // (DISABLE), 'A' (ENABLE ALWAYS), 'R' (ENABLE REPLICA).
  char trigger_mode = 'O';
  // A partition's index: the key of the partitioned index it belongs to
  // (dropping that one drops it too).
  std::string parent_index;
  pg_query::ObjectType kind = pg_query::OBJECT_TYPE_UNDEFINED;
};

class Catalog {
 public:
  // Updates the model with one statement (its tree and its text).
  void Apply(const pg_query::Node& stmt, std::string_view sql);
  // Replays the Up statements of one migration.
  void ApplyMigration(const parser::MigrationFile& file);

  const TableDef* FindTable(const QualName& name) const;
  TableDef* FindTable(const QualName& name);
  const ObjectDef* FindIndex(const QualName& name) const;
  const ObjectDef* FindView(const QualName& name) const;
  const ObjectDef* FindFunction(const std::string& key) const;
  // DROP FUNCTION f (no argument list): the only function of that name.
  const ObjectDef* FindFunctionByName(const QualName& name) const;
  const ObjectDef* FindType(const QualName& name) const;
  const ObjectDef* FindSequence(const QualName& name) const;
  const ObjectDef* FindTrigger(const QualName& table, std::string_view name) const;
  const ObjectDef* FindPolicy(const QualName& table, std::string_view name) const;
  bool HasSchema(std::string_view name) const { return schemas_.count(std::string(name)) > 0; }
  bool HasExtension(std::string_view name) const {
    return extensions_.count(std::string(name)) > 0;
  }
  // The CREATE EXTENSION that installed it (its SCHEMA and VERSION), if known.
  const pg_query::CreateExtensionStmt* ExtensionDef(std::string_view name) const;
  // Earlier migrations granted or revoked privileges on the object (a
  // CommentKey: "REL public.t", "COLUMN public.t/c", "FUNCTION ...",
  // "SCHEMA app"), which the model does not track.
  bool HasPrivileges(const std::string& key) const { return privileges_.count(key) > 0; }
  bool HasPrivilegesWithPrefix(const std::string& prefix) const;
  // The comment on an object (see CommentKey), if any.
  std::optional<std::string> Comment(const std::string& key) const;
  // The table owning constraint `name` (any table of `schema`).
  const TableDef* TableOfConstraint(std::string_view schema, std::string_view name) const;

  // Indexes (standalone) on a table, in creation order.
  std::vector<const ObjectDef*> IndexesOf(const QualName& table) const;
  std::vector<const ObjectDef*> TriggersOf(const QualName& table) const;
  std::vector<const ObjectDef*> PoliciesOf(const QualName& table) const;
  // Comments whose key starts with `prefix`.
  std::vector<std::pair<std::string, std::string>> CommentsWithPrefix(
      const std::string& prefix) const;

  // Relation names (tables, indexes, views, sequences, constraint indexes)
  // and constraint names in a schema: PostgreSQL's default names avoid them.
  bool RelationNameTaken(std::string_view schema, const std::string& name) const;
  bool ConstraintNameTaken(std::string_view schema, const std::string& name) const;

  // Gives unnamed constraints of a table their PostgreSQL default names.
  void NameConstraints(TableDef* table, std::vector<pg_query::Constraint>* added,
                       bool from_column_of_create) const;

  // ATTACH PARTITION: the indexes of `parent` that PostgreSQL creates on
  // `child` (those without an equal index there), each with the name it
  // gets. DETACH leaves them on the child.
  std::vector<std::pair<const ObjectDef*, std::string>> IndexesAttachCreates(
      const QualName& parent, const QualName& child,
      std::vector<std::pair<const ObjectDef*, const ObjectDef*>>* attached = nullptr) const;
  // What else ATTACH copies onto a partition that DETACH leaves (the
  // constraints behind a primary key, a unique key, an exclusion or a
  // foreign key): "" when `parent` has none, else the first one's name.
  std::string ConstraintAttachCopies(const QualName& parent) const;

  // The partitions of `parent` (tables whose bound names it).
  std::vector<QualName> PartitionsOf(const QualName& parent) const;

  size_t table_count() const { return tables_.size(); }

  // The whole model, read-only (CatalogSql renders it).
  const CowMap<TableDef>& tables() const { return tables_; }
  const CowMap<ObjectDef>& views() const { return views_; }
  const CowMap<ObjectDef>& functions() const { return functions_; }
  const CowMap<ObjectDef>& types() const { return types_; }
  const CowMap<ObjectDef>& sequences() const { return sequences_; }
  const std::set<std::string>& schemas() const { return schemas_; }
  const std::set<std::string>& extensions() const { return extensions_; }

 private:
  void ApplyCreateTable(const pg_query::CreateStmt& stmt);
  void ApplyAlterTable(const pg_query::AlterTableStmt& stmt);
  void ApplyAlterCommands(TableDef* table, const pg_query::AlterTableStmt& stmt);
  void ApplyRenameOnly(const pg_query::RenameStmt& stmt);
  void ApplySetSchemaOnly(const pg_query::AlterObjectSchemaStmt& stmt);
  void ApplyDrop(const pg_query::DropStmt& stmt);
  void ApplyRename(const pg_query::RenameStmt& stmt);
  void ApplySetSchema(const pg_query::AlterObjectSchemaStmt& stmt);
  void ApplyComment(const pg_query::CommentStmt& stmt);
  void ApplyGrant(const pg_query::GrantStmt& stmt);
  // Marks a known object as changed by an ALTER the model does not apply.
  void MarkAltered(const pg_query::Node& stmt);
  // Moves what is keyed by an object's name (its comment and privileges),
  // or forgets it when the object goes.
  void Rekey(const std::string& from, const std::string& to);
  void Forget(const std::string& key);
  void DropTable(const QualName& name);
  // A partition that ATTACH made opaque stays so after DETACH: its parent
  // gave it indexes or constraints the model does not name.
  void KeepPartitionsOpaque(const QualName& parent, const std::string& why);
  // Adds to `child` the indexes of `parent` that PARTITION OF or ATTACH
  // builds on it (IndexesAttachCreates).
  void AddPartitionIndexes(const QualName& parent, const QualName& child);
  // A table's or view's indexes, triggers, policies and comments.
  void DropRelationDependents(const QualName& name);
  void DropColumn(TableDef* table, const std::string& column);
  // Removes the foreign keys (of every table) that reference `table` by the
  // columns `key` (in any order; a foreign key naming no columns references
  // the primary key), or that reference `table` at all.
  void DropForeignKeysOn(const QualName& table, std::vector<std::string> key);
  void DropForeignKeysOn(const QualName& table);
  void RenameTable(const QualName& from, const QualName& to);
  void MarkViewsStale(const QualName& table);
  // Name index for default-name collisions: constraint names and the
  // relation names constraints and serial columns create, per schema.
  void IndexTableNames(const TableDef& table, int delta);
  void RebuildNameIndex();
  // index_order_ lists each index once, in creation order.
  void OrderIndex(const std::string& key);
  void RenameInIndexOrder(const std::string& from, const std::string& to);

  std::unordered_map<std::string, int> constraint_names_;
  std::unordered_map<std::string, int> implied_relation_names_;

  CowMap<TableDef> tables_;
  CowMap<ObjectDef> indexes_;
  std::vector<std::string> index_order_;
  CowMap<ObjectDef> views_;
  CowMap<ObjectDef> functions_;
  CowMap<ObjectDef> types_;
  CowMap<ObjectDef> sequences_;
  CowMap<ObjectDef> triggers_;  // table key + "/" + name
  CowMap<ObjectDef> policies_;
  std::set<std::string> schemas_;
  std::set<std::string> extensions_;
  std::map<std::string, pg_query::CreateExtensionStmt> extension_defs_;
  std::set<std::string> privileges_;
  std::map<std::string, std::string> comments_;
  int serial_ = 0;
};

// The ALTER TABLE action that puts a trigger in `mode` (ObjectDef::trigger_mode):
// "ENABLE TRIGGER", "DISABLE TRIGGER", "ENABLE ALWAYS TRIGGER", ...
std::string TriggerModeAction(char mode);
// The mode an ALTER TABLE ... ENABLE/DISABLE [ALWAYS|REPLICA] TRIGGER sets;
// 0 when `subtype` sets no single trigger's mode.
char TriggerModeOf(pg_query::AlterTableType subtype);

// Builds the catalog by replaying `files[0..upto)` Up sections in order.
Catalog ReplayHistory(const std::vector<parser::MigrationFile>& files, size_t upto);

// The model as statements that build it on an empty database: schemas,
// extensions, types, sequences, functions, tables (columns, constraints,
// indexes, triggers, RLS, policies, comments), views. Grouped by kind, not by
// dependency: a consumer runs them over and over until none makes progress.
// Parts that cannot be rendered come back as DownPart with generated=false.
struct DownPart;
std::vector<DownPart> CatalogSql(const Catalog& catalog);

// A stable key for COMMENT ON targets ("TABLE public.t", "COLUMN public.t.c",
// "FUNCTION public.f(int4)"); "" when tidemark does not track the kind.
std::string CommentKey(pg_query::ObjectType type, const pg_query::Node& object);

// Default constraint name for a constraint of `table` (conname empty).
std::string DefaultConstraintName(const Catalog& catalog, const TableDef& table,
                                  const pg_query::Constraint& constraint,
                                  const std::vector<std::string>& taken_extra);

// Columns a constraint involves (keys, FK columns, CHECK references, ...).
std::vector<std::string> ConstraintColumns(const pg_query::Constraint& c);
// Columns an index involves (keys, expressions, INCLUDE, WHERE).
std::vector<std::string> IndexColumns(const pg_query::IndexStmt& index);
// The default name PostgreSQL gives an unnamed CREATE INDEX.
std::string DefaultIndexName(const Catalog& catalog, const pg_query::IndexStmt& index);

}  // namespace tidemark::analyzer
