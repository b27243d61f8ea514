#pragma once

// The desired state of declarative generate: schema files (plain CREATE ...
// statements, COMMENT ON, GRANT, ALTER TABLE ... ADD CONSTRAINT, CREATE
// INDEX, ...; `pg_dump --schema-only` output included) read into the same
// catalog model that migrations replay into. Files and statements may come
// in any order: statements are applied by kind, what others depend on first
// (schemas, extensions, types, sequences, functions, tables, partitions,
// table changes, indexes, triggers, policies, views, comments).

#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"
#include "analyzer/tree_util.h"
#include "parser/diagnostic.h"
#include "parser/migration.h"

namespace tidemark::analyzer {

// A rename declared in a schema file, so that generate writes RENAME rather
// than a drop and a create: `-- tidemark:renamed-from OLD` (or pg-flux's
// `-- @renamed from=OLD`) on the lines above a CREATE TABLE renames the
// table; on a column's line, or on the line above it, the column.
struct RenameHint {
  QualName table;      // the table, by its name in the schema files
  std::string column;  // the column's name in the schema files; "" for the table
  std::string from;    // the old name
};

// Builds the catalog the schema files declare. Statements that are not
// declarations (INSERT, DROP, DO, renames, ...) and statements PostgreSQL 15
// cannot parse are errors in `diagnostics`, at their file:line:col; session
// settings (SET, set_config) and ownership changes are read and skipped.
// Rename hints go to `renames` when it is given (a hint that names nothing
// is a warning).
Catalog DesiredCatalog(const std::vector<parser::MigrationFile>& files,
                       std::vector<parser::Diagnostic>* diagnostics,
                       std::vector<RenameHint>* renames = nullptr);

// A migration from one model to another, with its proof on the model.
struct SchemaMigration {
  // The renames, then Diff(renamed current, desired).
  std::vector<DownPart> up;
  // The renames undone, then Diff(desired with its old names, current).
  std::vector<DownPart> down;
  // Replaying `up` onto `current` gives `desired`, and `down` after it gives
  // `current` back: what is left to diff, when something is.
  std::vector<DownPart> up_left;
  std::vector<DownPart> down_left;
  // Per part of `up`: "takes ACCESS EXCLUSIVE on public.t, rewrites the
  // table" for a statement that locks, rewrites or scans a table that exists
  // before the migration (lint's lock table); "" for the others.
  std::vector<std::string> up_hazards;
  std::vector<std::string> dropped_tables;  // by `up`
  size_t current_tables = 0;
  bool empty() const { return up.empty(); }
  bool up_proven() const { return up_left.empty(); }
  bool down_proven() const { return down_left.empty(); }
};

struct PlanOptions {
  // Renames to write before the diff; a hint whose old name is not in
  // `current` (it has been applied already) is left out.
  std::vector<RenameHint> renames;
  // Indexes of tables that exist before and after are built CONCURRENTLY.
  bool concurrent_indexes = false;
};

SchemaMigration PlanSchemaMigration(const Catalog& current, const Catalog& desired,
                                    const PlanOptions& options = {});

// `catalog` with generated statements applied (the proof's replay).
Catalog ApplyParts(Catalog catalog, const std::vector<DownPart>& parts);

// The proof of a Down on the model: `file`'s Up replayed onto `before`, then
// the statements of `down`; what is left is the DDL from there back to
// `before` (empty: the Down reverses the Up, as far as the model knows).
// `unjudged` gets the positions of Down statements PostgreSQL 15's grammar
// cannot parse, whose effect the model cannot know.
std::vector<DownPart> DownLeftovers(const Catalog& before, const parser::MigrationFile& file,
                                    const parser::Section& down,
                                    std::vector<parser::Position>* unjudged);

}  // namespace tidemark::analyzer
