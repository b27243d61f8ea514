#pragma once

// What converting a column from one type to another does to its values, as
// `ALTER TABLE ... ALTER COLUMN ... TYPE` converts them: whether PostgreSQL
// needs a USING expression (no implicit or assignment cast), and whether
// every value survives, some are rejected (the statement fails), or some are
// silently rounded or cut. The Down generator and lint read the same verdict.
// Which casts exist, and in which context, comes from PostgreSQL 15's own
// pg_cast (data/pg15_casts.inc, written by scripts/gen-pg-casts.sh).

#include <string>

namespace pg_query {
class Node;  // pg_query.pb.h
class TypeName;
}  // namespace pg_query

namespace tidemark::analyzer {

// Declared mildest first: a conversion takes the worst of its parts.
enum class ValueEffect {
  kExact,    // every value converts and converts back unchanged
  kMayFail,  // some values are rejected: the statement fails, nothing is lost
  kLossy,    // some values are rounded, cut or reinterpreted without an error
  kUnknown,  // a type tidemark does not know (domains, enums, extensions)
  kNoCast,   // PostgreSQL has no cast: the conversion needs an expression
};

struct Conversion {
  ValueEffect effect = ValueEffect::kUnknown;
  // No implicit or assignment cast: ALTER ... TYPE needs `USING col::type`.
  bool needs_using = false;
  // One line for a person, e.g. "rounds values to 2 decimal places; fails if
  // a value has more than 8 digits before the decimal point"; empty for kExact.
  std::string reason;
  // The parts of `reason` that change values without an error.
  std::string loss;
  // The parts of `reason` that make the conversion fail.
  std::string failure;
};

// Converting a column of type `from` to type `to`, as ALTER COLUMN TYPE does
// (the explicit cast in a USING expression, else the assignment cast; then
// the assignment coercion to `to`'s length or precision).
Conversion ConvertColumn(const pg_query::TypeName& from, const pg_query::TypeName& to);

// The type a column declared `declared` has: serial, bigserial and
// smallserial are int4, int8 and int2; every other type is itself.
pg_query::TypeName StoredType(const pg_query::TypeName& declared);

// True when a USING expression only converts the column itself: `col` or
// `col::type`, whose inverse is the conversion back.
bool PlainConversion(const pg_query::Node& using_expr, const std::string& column);

// A type for messages: "integer", "varchar(50)", "numeric(12,2)",
// "timestamp with time zone", "public.mood[]".
std::string TypeDisplay(const pg_query::TypeName& type);

}  // namespace tidemark::analyzer
