#pragma once

#include <string>
#include <vector>

#include "parser/migration.h"

namespace tidemark::cli {

// The migrations named on a command line: files as given, directories as
// their migrations in version order. No paths: `default_dir`.
struct Inputs {
  std::vector<parser::MigrationFile> files;
  std::vector<parser::Diagnostic> diagnostics;  // directory-level problems
};

Inputs LoadInputs(const std::vector<std::string>& paths, const std::string& default_dir);

// Prints diagnostics to stderr as "file:line:col: severity: message [code]".
void PrintDiagnostics(std::ostream& err, const std::vector<parser::Diagnostic>& diagnostics);

}  // namespace tidemark::cli
