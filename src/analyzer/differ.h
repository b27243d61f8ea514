#pragma once

// The differ: given two models of a schema, the DDL that turns a database
// whose schema is the first into the second, in dependency order. Dependents
// are dropped before what they depend on and created after it; a view that
// reads a changed table or view is dropped and created again around the
// change. Where a difference cannot be written (a table the model cannot
// rebuild, a changed identity or generated column, an enum value removed),
// a part with generated=false says what and why.
//
// Declarative generate writes a migration's Up as Diff(replayed, desired)
// and its Down as Diff(desired, replayed).

#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"

namespace tidemark::analyzer {

struct DiffOptions {
  // Indexes of tables and materialized views that exist on both sides are
  // created and dropped CONCURRENTLY (parts with notransaction set), so that
  // writes go on while they build.
  bool concurrent_indexes = false;
};

std::vector<DownPart> Diff(const Catalog& from, const Catalog& to, const DiffOptions& options = {});

}  // namespace tidemark::analyzer
