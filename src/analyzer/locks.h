#pragma once

#include "analyzer/analysis.h"
#include "pg_query.pb.h"

namespace tidemark::analyzer {

// The lock a statement takes and whether it rewrites or scans the table
// (shared/pg15-locks.md, measured on PostgreSQL 15).
LockEffect LockEffectOf(const pg_query::Node& stmt);

}  // namespace tidemark::analyzer
