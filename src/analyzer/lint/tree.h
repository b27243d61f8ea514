#pragma once

// Small readers of pg_query parse-tree nodes shared by lint rules.

#include <string>
#include <string_view>
#include <vector>

#include "analyzer/parse_tree.h"
#include "analyzer/type_conversion.h"
#include "pg_query.pb.h"

namespace tidemark::analyzer::lint {

using NodeList = google::protobuf::RepeatedPtrField<pg_query::Node>;

// The text of a String node ("" for any other node).
std::string StringOf(const pg_query::Node& node);
// Names joined with '.', each quoted as PostgreSQL needs: "public.users".
std::string JoinNames(const NodeList& names);
// The last name of a list ("" when empty).
std::string LastName(const NodeList& names);

// The relation's own name, unqualified, as the catalog spells it. Used to
// recognise relations created earlier in the same migration.
std::string RelationKey(const pg_query::RangeVar& relation);
// The relation as a person writes it: schema.name, quoted where needed.
std::string RelationDisplay(const pg_query::RangeVar& relation);

// TypeDisplay (type_conversion.h): "integer", "varchar(20)", "numeric(10,2)", ...
using analyzer::TypeDisplay;
// The type's base name without schema: "int4", "varchar", "serial".
std::string TypeBase(const pg_query::TypeName& type);
bool HasTypmods(const pg_query::TypeName& type);

// The function's name without schema, as the parser folded it.
std::string FunctionName(const pg_query::FuncCall& call);

// The column's constraint of `type`, or nullptr.
const pg_query::Constraint* ColumnConstraint(const pg_query::ColumnDef& column,
                                             pg_query::ConstrType type);

// The ALTER TABLE subcommands of a statement (empty for other statements).
std::vector<const pg_query::AlterTableCmd*> AlterTableCommands(const pg_query::Node& stmt);

// True when `expr` calls a function not known to be immutable or stable.
// `stable` lists more function names the user vouches for. `culprit` gets
// the first such function's name.
bool MayBeVolatile(const pg_query::Node& expr, const std::vector<std::string>& stable,
                   std::string* culprit);

// The `location` of a node that carries one, else -1.
int NodeLocation(const pg_query::Node& node);

}  // namespace tidemark::analyzer::lint

namespace tidemark::analyzer::lint {

// The name parts of one object of a DROP/COMMENT/... statement: a list of
// String nodes, a single String, or a TypeName.
std::vector<std::string> ObjectNameParts(const pg_query::Node& object);
// Parts joined with '.', quoted where needed.
std::string JoinParts(const std::vector<std::string>& parts);

}  // namespace tidemark::analyzer::lint
