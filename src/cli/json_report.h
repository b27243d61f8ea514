#pragma once

// The JSON documents commands print with `--format json` (docs/json.md).

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "cli/context.h"

namespace tidemark::cli {

// The version of every document's layout; a change that removes or renames
// a field raises it (docs/json.md).
inline constexpr int kJsonVersion = 1;

// "tidemark.NAME/1": the `schema` field every document carries, NAME the
// command ("up", "rollback", "status", ...).
std::string JsonSchemaName(std::string_view name);

// Prints `doc` with its `schema` field on stdout, one line (or indented).
void PrintJson(const Context& ctx, std::string_view name, nlohmann::json doc, int indent = -1);

}  // namespace tidemark::cli
