#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/diagnostic.h"
#include "parser/source_text.h"
#include "parser/version.h"

namespace tidemark::parser {

class ParseTree;  // parse_tree.h

// A statement's parse tree, built the first time anyone asks and then kept:
// the analyzer, lint and the catalog replay read the same tree, so each
// statement goes through PostgreSQL's grammar for its tree once. Copies of a
// statement share it (safe across threads).
class StatementTree {
 public:
  StatementTree();
  const ParseTree& Get(std::string_view sql) const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

struct Statement {
  std::string sql;   // the statement's text, without the closing ';'
  size_t begin = 0;  // byte offsets into the file
  size_t end = 0;
  Position pos;              // where it starts
  Position end_pos;          // where its last character is
  bool parsed = true;        // PostgreSQL 15's grammar accepts it
  std::string parse_error;   // when !parsed: the grammar's message
  Position error_pos;        // when !parsed: where the grammar stopped
  bool verbatim = false;     // wrapped in StatementBegin/StatementEnd
  std::string normalized;    // tokens without comments, single-spaced (checksums)
  StatementTree parse_tree;  // of `sql`; read it through tree()

  // The parse tree of `sql` (parsed on first use). `sql` must not change
  // after the first call.
  const ParseTree& tree() const { return parse_tree.Get(sql); }
};

enum class SectionKind { kUp, kDown };

struct Section {
  SectionKind kind = SectionKind::kUp;
  bool present = false;        // a marker opened it (or the file had none: implicit Up)
  bool notransaction = false;  // "-- +migrate Up notransaction"
  bool irreversible = false;   // "-- +migrate Down irreversible"
  Position marker_pos;         // the marker line (line 1 for an implicit Up)
  size_t begin = 0;            // body: from after the marker line ...
  size_t end = 0;              // ... to the next marker or the end of the file
  std::vector<Statement> statements;
  // An empty section (only comments and blank lines) is no section at all.
  bool empty() const { return statements.empty(); }
};

// Where a migration's Down SQL comes from.
enum class DownSource { kNone, kSection, kUndoFile, kIrreversible };

struct UndoFile {
  SourceText source;
  Section down;  // its whole text, or its Down section when it has markers
  std::vector<Diagnostic> diagnostics;
};

struct MigrationFile {
  SourceText source;     // path as given, and the text
  std::string filename;  // base name
  Version version;
  std::string label;
  bool has_markers = false;
  std::string header;  // text before the first marker
  Section up;
  Section down;  // present == false when the file has no Down marker
  std::optional<UndoFile> undo;
  std::vector<Diagnostic> diagnostics;
  std::string checksum;  // hex SHA-256 of the normalised Up statements

  const std::string& path() const { return source.path(); }
  DownSource down_source() const;
  // The Down that rollback runs: the file's Down section wins over an
  // _undo.sql file; nullptr when there is none (or it is irreversible).
  const Section* EffectiveDown() const;
  bool HasErrors() const;
};

// Reads one migration from memory. `path` is used in diagnostics only.
MigrationFile ParseMigration(const std::string& path, std::string text);

// `text` with each run of whitespace folded to one space and none at the ends.
std::string FoldWhitespace(std::string_view text);

// Reads `path` (and its "_undo.sql" sibling when one exists). I/O problems
// become error diagnostics on the returned file.
MigrationFile LoadMigrationFile(const std::filesystem::path& path);

// Splits SQL text into statements the way migration sections are split.
// Offsets and positions are relative to `source` starting at `offset`.
std::vector<Statement> SplitSection(const SourceText& source, size_t begin, size_t end,
                                    std::vector<Diagnostic>* diagnostics);

struct MigrationSet {
  std::string dir;
  std::vector<MigrationFile> migrations;  // forward migrations, in version order
  std::vector<Diagnostic> diagnostics;    // directory-level: duplicates, orphans, ...
  bool HasErrors() const;                 // anywhere, files included
};

struct LoadOptions {
  int threads = 0;  // 0: one per core
  // When set, only migrations up to this version are read (a file's history).
  std::optional<Version> through;
};

// Loads every VERSION_label.sql of `dir` (not recursive), pairs _undo.sql
// files with their migrations, and orders them by version.
MigrationSet LoadDirectory(const std::filesystem::path& dir, const LoadOptions& options = {});

// A schema file of declarative generate: every statement of the file is in
// `up` (marker lines are plain comments here), with the same diagnostics as
// a migration's (I/O, binary, UTF-8, size).
// psql's meta-commands (a line that starts with a backslash: pg_dump writes
// `\restrict KEY` and `\unrestrict KEY`) are blanked out: they are not SQL.
MigrationFile LoadSchemaFile(const std::filesystem::path& path);
// The same from memory; `path` is used in diagnostics only.
MigrationFile ParseSchemaFile(const std::string& path, std::string text);
// Every *.sql file under `dir` (recursively), in path order. A missing or
// unreadable folder is an error diagnostic in `diagnostics`.
std::vector<MigrationFile> LoadSchemaDirectory(const std::filesystem::path& dir,
                                               std::vector<Diagnostic>* diagnostics);

// Largest file tidemark reads; larger ones are refused with a diagnostic.
inline constexpr size_t kMaxFileBytes = size_t{256} * 1024 * 1024;

}  // namespace tidemark::parser
