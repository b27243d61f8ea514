#pragma once

// What a statement does to the schema, as keys that a Down can be matched
// against: "create table users" is undone by "drop table users", "add column
// users.phone" by "drop column users.phone" (or by dropping users).

#include <string>
#include <vector>

#include "pg_query.pb.h"

namespace tidemark::analyzer::lint {

struct Effect {
  std::string key;                  // "add column users.phone"
  std::string inverse;              // the key that undoes it ("" when none is modelled)
  std::vector<std::string> owners;  // "table users", "column users.phone": dropping one undoes it
  std::string what;                 // "adds column users.phone"
  std::string undo;                 // "drops column users.phone"
  bool destructive = false;         // deletes data (drop table, drop column)
};

// The schema effects of one statement (empty for statements not modelled).
std::vector<Effect> EffectsOf(const pg_query::Node& stmt);

// True when tidemark cannot tell what the statement does to the schema (DO
// blocks, procedure calls, function calls in SELECT).
bool IsOpaque(const pg_query::Node& stmt);

}  // namespace tidemark::analyzer::lint
