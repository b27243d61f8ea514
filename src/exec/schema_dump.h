#pragma once

// The schema of a live database as SQL: `pg_dump --schema-only` of it, which
// is PostgreSQL's own reading of pg_catalog, for `migrate diff` and
// `migrate dump` to read into the model as a schema file.

#include <string>
#include <vector>

#include "exec/connection.h"

namespace tidemark::exec {

struct SchemaDumpOptions {
  // Schemas left out (tidemark's tracking schema, the keep-data archive).
  std::vector<std::string> exclude_schemas;
  // The pg_dump to run; empty: the one of the server's major version
  // (/usr/lib/postgresql/MAJOR/bin), else a newer one, else pg_dump on PATH.
  std::string pg_dump;
};

// Runs pg_dump --schema-only --no-owner --no-privileges on `target` and
// returns what it prints. The password goes to pg_dump through PGPASSWORD,
// not its command line. Throws std::runtime_error (redacted) with pg_dump's
// message when it fails or cannot be found.
std::string DumpSchema(const ConnectionTarget& target, const SchemaDumpOptions& options);

// The pg_dump DumpSchema runs for a server of major version `server_major`.
std::string FindPgDump(int server_major);

}  // namespace tidemark::exec
