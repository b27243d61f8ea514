#pragma once

// The analyzer's view of libpg_query's parse tree (parser/parse_tree.h):
// deparsing, quoting and statement properties. parse_tree.cpp is the only
// analyzer file that includes pg_query.h; every C result is owned by an RAII
// type there.

#include <optional>
#include <string>
#include <string_view>

#include "parser/parse_tree.h"
#include "pg_query.pb.h"

namespace tidemark::analyzer {

// The parse tree type is the parser's: statements keep theirs (Statement::tree()).
using parser::ParseTree;

// Deparses statements back to SQL with libpg_query's deparser. nullopt (and
// `error` filled) when the deparser refuses the tree.
std::optional<std::string> Deparse(const pg_query::ParseResult& tree, std::string* error = nullptr);
std::optional<std::string> DeparseNode(const pg_query::Node& stmt, std::string* error = nullptr);

// The one identifier-quoting function: quotes only when PostgreSQL would need
// it (upper case, keywords, non-ASCII, quotes, leading digits...), doubling
// embedded quotes, like quote_ident().
std::string QuoteIdentifier(std::string_view name);
// "schema"."name" from possibly empty schema.
std::string QualifiedName(std::string_view schema, std::string_view name);
// 'text' with embedded quotes doubled (E'' when it holds backslashes).
std::string QuoteLiteral(std::string_view text);

// True when PostgreSQL refuses to run the statement inside a transaction
// block (CREATE/DROP/REINDEX ... CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE
// DATABASE, DETACH PARTITION ... CONCURRENTLY, ...).
bool NeedsNoTransaction(const pg_query::Node& stmt);
// The same from text; false when the text does not parse.
bool NeedsNoTransaction(std::string_view sql);

}  // namespace tidemark::analyzer
