#include "parser/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>

namespace tidemark::parser {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

std::string FormatDiagnostic(const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", d.file, d.pos.line, d.pos.column,
                     SeverityName(d.severity), d.message, d.code);
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace tidemark::parser
