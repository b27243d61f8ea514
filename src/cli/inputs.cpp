#include "cli/inputs.h"

#include <filesystem>
#include <ostream>

namespace tidemark::cli {

Inputs LoadInputs(const std::vector<std::string>& paths, const std::string& default_dir) {
  namespace fs = std::filesystem;
  Inputs inputs;
  std::vector<std::string> list = paths;
  if (list.empty()) list.push_back(default_dir);
  for (const std::string& path : list) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      parser::MigrationSet set = parser::LoadDirectory(path);
      for (auto& d : set.diagnostics) inputs.diagnostics.push_back(std::move(d));
      for (auto& m : set.migrations) inputs.files.push_back(std::move(m));
    } else if (!fs::exists(path, ec)) {
      inputs.diagnostics.push_back(parser::Diagnostic{
          path, parser::Position{}, parser::Severity::kError, "io-error", "no such file"});
    } else {
      inputs.files.push_back(parser::LoadMigrationFile(path));
    }
  }
  return inputs;
}

void PrintDiagnostics(std::ostream& err, const std::vector<parser::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) err << parser::FormatDiagnostic(d) << "\n";
}

}  // namespace tidemark::cli
