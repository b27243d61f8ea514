#pragma once

#include <string>
#include <vector>

namespace tidemark::analyzer {
class Catalog;
}

namespace tidemark::exec {

// A normalised, comparable text picture of a database's schema, read from
// the system catalogs: schemas, tables, columns (type, default, nullability,
// identity, generated), constraints, indexes, sequences, views and
// materialized views, functions and procedures, types (enum, composite,
// domain), triggers, policies, RLS flags, extensions, comments and grants.
// The tracking schema and PostgreSQL's own schemas are left out.
struct CatalogSnapshot {
  // One line per fact, sorted, e.g.
  //   "column public.users.email type=text nullable=false default=- position=2"
  std::vector<std::string> lines;
};

struct SnapshotOptions {
  std::vector<std::string> exclude_schemas = {"tidemark"};
  bool column_positions = true;  // compared separately: no Down can restore them
  // Owners and privileges name roles, which differ from one server to the
  // next (drift compares a scratch database with a live one without them).
  bool owners = true;
  bool privileges = true;
};

// Reads the snapshot over a libpq connection string.
CatalogSnapshot TakeSnapshot(const std::string& connection_string,
                             const SnapshotOptions& options = {});

// The analyzer's model in the same form: its statements (analyzer::CatalogSql)
// are built on `empty_database` (a libpq connection string of an empty
// database), which is then read back. Parts the model cannot render and
// statements the server refuses are added to `failures` ("sql: error").
CatalogSnapshot ModelSnapshot(const analyzer::Catalog& model, const std::string& empty_database,
                              std::vector<std::string>* failures,
                              const SnapshotOptions& options = {});

struct SnapshotDiff {
  std::vector<std::string> missing;     // in `before`, not in `after`
  std::vector<std::string> unexpected;  // in `after`, not in `before`
  // Differences that are only column order (a re-added column goes last):
  // notes, not failures.
  std::vector<std::string> order_notes;
  bool equal() const { return missing.empty() && unexpected.empty(); }
};

SnapshotDiff CompareSnapshots(const CatalogSnapshot& before, const CatalogSnapshot& after);

}  // namespace tidemark::exec
