#pragma once

// Small helpers over libpg_query's protobuf tree: names, qualified names,
// and location-free comparison (to check re-parsed generated SQL).

#include <string>
#include <string_view>
#include <vector>

#include "pg_query.pb.h"

namespace tidemark::analyzer {

// A schema-qualified object name. An unqualified name is taken to live in
// `public` (migrations run with the default search_path).
struct QualName {
  std::string schema;
  std::string name;
  bool explicit_schema = false;  // the statement wrote the schema
  std::string Key() const { return schema + "." + name; }
  // Quoted SQL: "schema".name when the statement wrote a schema, else name.
  std::string Sql() const;
};

inline constexpr std::string_view kDefaultSchema = "public";

QualName NameOf(const pg_query::RangeVar& rv);
// From a list of String nodes (a.b.c): the last is the name, the one before
// it the schema.
QualName NameOfList(const google::protobuf::RepeatedPtrField<pg_query::Node>& names);
// The String values of a list of String nodes.
std::vector<std::string> Strings(const google::protobuf::RepeatedPtrField<pg_query::Node>& list);
std::string StringOf(const pg_query::Node& node);  // String node's value, or ""

pg_query::RangeVar MakeRangeVar(const QualName& name);
pg_query::Node MakeString(std::string_view value);
void SetNameList(const QualName& name, google::protobuf::RepeatedPtrField<pg_query::Node>* list);

// The integer type a serial column type stands for ("int4" for serial and
// serial4, "int8" for bigserial and serial8, "int2" for smallserial and
// serial2), "" for any other type. As in PostgreSQL, only an unqualified name
// is a serial type.
std::string SerialBaseType(const pg_query::TypeName& type);
// A function's identity: schema.name(type, type) from its IN/INOUT/VARIADIC
// argument types, the way DROP FUNCTION names it.
std::string TypeKey(const pg_query::TypeName& type);
std::string FunctionKey(const QualName& name,
                        const google::protobuf::RepeatedPtrField<pg_query::Node>& parameters);
std::string FunctionKeyFromArgs(const QualName& name,
                                const google::protobuf::RepeatedPtrField<pg_query::Node>& objargs);

// Column names a node refers to (ColumnRef's last field), recursively.
void CollectColumnRefs(const google::protobuf::Message& message, std::vector<std::string>* out);
// Relations a node names (every RangeVar), recursively, each once. A CTE's
// name is a RangeVar too: callers look the names up in a catalog.
void CollectRelations(const google::protobuf::Message& message, std::vector<QualName>* out);
// The types (TypeName nodes) a tree names, each once, as qualified names.
void CollectTypes(const google::protobuf::Message& message, std::vector<QualName>* out);
// True when the tree holds a node of the given kind anywhere.
bool ContainsNode(const google::protobuf::Message& message, pg_query::Node::NodeCase kind);

// Clears every `location` (and RawStmt position) field so that trees parsed
// from different texts compare equal.
void StripLocations(google::protobuf::Message* message);
bool SameTree(const google::protobuf::Message& a, const google::protobuf::Message& b);

const char* ObjectTypeName(pg_query::ObjectType type);  // "TABLE", "INDEX", ...

// A serial column's own sequence, as PostgreSQL names it (table_column_seq).
QualName SerialSequence(const QualName& table, const std::string& column);
// `nextval('schema.table_column_seq'::regclass)`: a serial column's default.
pg_query::Node SerialDefault(const QualName& table, const std::string& column);
// True when `expr` is nextval() of the column's own serial sequence, in any
// of the spellings (qualified or not, with or without ::regclass).
bool IsSerialDefault(const pg_query::Node& expr, const QualName& table, const std::string& column);

}  // namespace tidemark::analyzer
