#pragma once

#include <string>
#include <vector>

#include "parser/migration.h"

namespace tidemark::cli {

// Prints diagnostics to stderr as "file:line:col: severity: message [code]".
void PrintDiagnostics(std::ostream& err, const std::vector<parser::Diagnostic>& diagnostics);

}  // namespace tidemark::cli
