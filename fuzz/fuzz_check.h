#pragma once

// What the harnesses share: a check that stops the run (a libFuzzer crash,
// or a failed replay) with the broken property named, and the migration
// invariants every reader of parser output relies on.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "parser/migration.h"

namespace tidemark::fuzz {

[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

inline void Check(bool ok, const char* what) {
  if (!ok) Fail(what);
}

// Statements lie inside the text, in order, and are what the text says.
inline void CheckSection(const std::string& text, const parser::Section& section) {
  size_t previous_end = 0;
  for (const parser::Statement& st : section.statements) {
    Check(st.begin <= st.end && st.end <= text.size(), "statement offsets inside the text");
    Check(st.begin >= previous_end, "statements in order");
    Check(st.sql == text.substr(st.begin, st.end - st.begin), "statement text is its slice");
    Check(st.pos.line >= 1 && st.pos.column >= 1, "statement position is 1-based");
    Check(st.parsed || !st.parse_error.empty(), "an unparsed statement has the grammar's message");
    previous_end = st.end;
  }
}

inline void CheckMigration(const parser::MigrationFile& file) {
  CheckSection(file.source.text(), file.up);
  CheckSection(file.source.text(), file.down);
  if (file.undo) CheckSection(file.undo->source.text(), file.undo->down);
  for (const parser::Diagnostic& d : file.diagnostics) {
    Check(d.pos.line >= 1, "diagnostic line is 1-based");
    Check(!d.code.empty() && !d.message.empty(), "diagnostic has a code and a message");
  }
}

// A folder of this process's own under the temporary directory, for the
// harnesses that read files: created once, reused by every input, removed
// when the process exits.
inline const std::filesystem::path& ScratchDir() {
  struct Folder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("tidemark-fuzz-" + std::to_string(getpid()));
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static const Folder folder;
  return folder.path;
}

inline void WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace tidemark::fuzz
