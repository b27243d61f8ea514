#pragma once

#include <string>

#include "parser/diagnostic.h"
#include "parser/source_text.h"

namespace tidemark::analyzer::lint {

// One problem a rule found. Positions are 1-based.
struct Finding {
  std::string rule;
  parser::Severity severity = parser::Severity::kWarning;
  std::string file;          // path as given on the command line
  parser::Position pos;      // where it starts
  parser::Position end_pos;  // its last character (== pos when it is a point)
  bool has_offset = false;   // false for findings about a whole file or folder
  size_t offset = 0;         // byte offsets into the file, when has_offset
  size_t end_offset = 0;     // one past the end
  std::string message;
  std::string help;
  // The text the finding points into, for excerpts (nullptr for folders).
  const parser::SourceText* source = nullptr;
};

// error < warning < info: true when `severity` is at least as severe as `floor`.
inline bool AtLeast(parser::Severity severity, parser::Severity floor) {
  return static_cast<int>(severity) <= static_cast<int>(floor);
}

}  // namespace tidemark::analyzer::lint
