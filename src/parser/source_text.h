#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parser/diagnostic.h"

namespace tidemark::parser {

// A file's text with an index of line starts, to turn byte offsets into
// 1-based line:column positions.
class SourceText {
 public:
  SourceText() = default;
  SourceText(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  Position PositionAt(size_t offset) const;
  size_t LineCount() const { return line_starts_.size(); }
  // Byte offset of the start of 1-based `line`.
  size_t LineStart(int line) const;
  std::string_view Line(int line) const;  // without the line break

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

}  // namespace tidemark::parser
