#include "cli/inputs.h"

#include <ostream>

namespace tidemark::cli {

void PrintDiagnostics(std::ostream& err, const std::vector<parser::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << parser::FormatDiagnostic(d) << "\n";
}

}  // namespace tidemark::cli
