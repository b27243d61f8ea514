#pragma once

#include <string>
#include <vector>

namespace tidemark::parser {

// 1-based line and column; columns count characters (UTF-8 code points).
struct Position {
  int line = 1;
  int column = 1;
  friend bool operator==(const Position&, const Position&) = default;
};

enum class Severity { kError, kWarning, kInfo };

const char* SeverityName(Severity severity);

// A problem found while reading migration files. `code` is a stable
// kebab-case id (lint reuses it as the rule id where one exists).
struct Diagnostic {
  std::string file;
  Position pos;
  Severity severity = Severity::kError;
  std::string code;
  std::string message;
};

// "file:line:col: error: message [code]"
std::string FormatDiagnostic(const Diagnostic& diagnostic);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace tidemark::parser
