#pragma once

// Generated SQL: every statement tidemark writes goes through here. It is
// deparsed from a parse tree (or taken from a definition's original text),
// re-parsed with PostgreSQL 15's grammar and compared with the intended tree
// before it is returned.

#include <optional>
#include <string>
#include <string_view>

#include "pg_query.pb.h"

namespace tidemark::analyzer {

struct EmitResult {
  std::optional<std::string> sql;
  std::string error;  // why not, when !sql
};

// Deparses `stmt`, restoring the quotes that Debian's libpg_query 15-4.0.0
// deparser drops from index and constraint names, then re-parses the text and
// requires the same tree back.
EmitResult Emit(const pg_query::Node& stmt);

// Checks that `sql` is exactly one statement PostgreSQL 15 parses.
EmitResult EmitText(std::string_view sql);

}  // namespace tidemark::analyzer
