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
#include "parser/diagnostic.h"
#include "parser/migration.h"

namespace tidemark::analyzer {

// Builds the catalog the schema files declare. Statements that are not
// declarations (INSERT, DROP, DO, renames, ...) and statements PostgreSQL 15
// cannot parse are errors in `diagnostics`, at their file:line:col; session
// settings (SET, set_config) and ownership changes are read and skipped.
Catalog DesiredCatalog(const std::vector<parser::MigrationFile>& files,
                       std::vector<parser::Diagnostic>* diagnostics);

// A migration from one model to another, with its proof on the model.
struct SchemaMigration {
  std::vector<DownPart> up;    // Diff(current, desired)
  std::vector<DownPart> down;  // Diff(desired, current)
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

SchemaMigration PlanSchemaMigration(const Catalog& current, const Catalog& desired);

// `catalog` with generated statements applied (the proof's replay).
Catalog ApplyParts(Catalog catalog, const std::vector<DownPart>& parts);

}  // namespace tidemark::analyzer
