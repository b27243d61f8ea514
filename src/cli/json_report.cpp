#include "cli/json_report.h"

#include <fmt/format.h>

#include <ostream>

namespace tidemark::cli {

std::string JsonSchemaName(std::string_view name) {
  return fmt::format("tidemark.{}/{}", name, kJsonVersion);
}

void PrintJson(const Context& ctx, std::string_view name, nlohmann::json doc, int indent) {
  doc["schema"] = JsonSchemaName(name);
  ctx.Out() << doc.dump(indent) << "\n";
}

}  // namespace tidemark::cli
