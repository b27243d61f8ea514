#include "parser/migration.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

#include "parser/checksum.h"
#include "parser/parallel.h"
#include "parser/pg_lexer.h"

namespace tidemark::parser {
namespace {

namespace fs = std::filesystem;

enum class MarkerWord { kUp, kDown, kStatementBegin, kStatementEnd, kUnknown };

struct Marker {
  MarkerWord word = MarkerWord::kUnknown;
  std::string spelled;               // the word as written
  std::vector<std::string> options;  // lower-cased
  int line = 0;
  size_t line_begin = 0;  // byte offsets of the marker line
  size_t line_end = 0;    // after its line break
  Position word_pos;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Recognises "-- +migrate WORD [options]" with any spacing and case.
std::optional<Marker> ReadMarker(const SourceText& source, int line) {
  std::string_view text = source.Line(line);
  size_t i = 0;
  while (i < text.size() && IsSpace(text[i])) ++i;
  if (text.substr(i, 2) != "--") return std::nullopt;
  i += 2;
  while (i < text.size() && IsSpace(text[i])) ++i;
  if (Lower(text.substr(i, 8)) != "+migrate") return std::nullopt;
  i += 8;
  if (i < text.size() && !IsSpace(text[i])) return std::nullopt;  // "+migrated"
  while (i < text.size() && IsSpace(text[i])) ++i;
  Marker marker;
  marker.line = line;
  marker.line_begin = source.LineStart(line);
  marker.line_end = source.LineStart(line + 1);
  marker.word_pos = source.PositionAt(marker.line_begin + i);
  std::vector<std::string> words;
  while (i < text.size()) {
    size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    words.emplace_back(text.substr(start, i - start));
    while (i < text.size() && IsSpace(text[i])) ++i;
  }
  if (!words.empty()) {
    marker.spelled = words[0];
    std::string word = Lower(words[0]);
    if (word == "up") {
      marker.word = MarkerWord::kUp;
    } else if (word == "down") {
      marker.word = MarkerWord::kDown;
    } else if (word == "statementbegin") {
      marker.word = MarkerWord::kStatementBegin;
    } else if (word == "statementend") {
      marker.word = MarkerWord::kStatementEnd;
    }
    for (size_t w = 1; w < words.size(); ++w) marker.options.push_back(Lower(words[w]));
  }
  return marker;
}

// The closest known marker word, for "did you mean" hints.
std::string SuggestMarker(std::string_view spelled) {
  std::string lower = Lower(spelled);
  for (const char* known : {"Up", "Down", "StatementBegin", "StatementEnd"}) {
    std::string k = Lower(known);
    if (lower.rfind(k, 0) == 0 || k.rfind(lower, 0) == 0) return known;
  }
  return "Up";
}

Diagnostic MakeDiagnostic(const SourceText& source, Position pos, Severity severity,
                          std::string code, std::string message) {
  return Diagnostic{source.path(), pos, severity, std::move(code), std::move(message)};
}

std::string NormalizeTokens(std::string_view text, const std::vector<Token>& tokens, size_t first,
                            size_t last) {
  std::string out;
  for (size_t i = first; i < last; ++i) {
    if (tokens[i].kind == TokenKind::kComment) continue;
    if (!out.empty()) out += ' ';
    out.append(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  }
  return out;
}

Statement MakeStatement(const SourceText& source, size_t begin, size_t end) {
  Statement s;
  s.begin = begin;
  s.end = end;
  s.sql = source.text().substr(begin, end - begin);
  s.pos = source.PositionAt(begin);
  s.end_pos = source.PositionAt(end > begin ? end - 1 : begin);
  return s;
}

// Asks PostgreSQL 15's grammar about one statement; what it rejects is kept
// (the server may know newer syntax) but marked with the grammar's reason.
void CheckStatementSyntax(const SourceText& source, Statement* s) {
  SyntaxCheck check = CheckSyntax(s->sql);
  if (check.ok) return;
  s->parsed = false;
  s->parse_error = check.error;
  s->error_pos = source.PositionAt(s->begin + check.error_offset);
}

// The message for an unterminated token, in words a person can act on.
std::string ScanErrorMessage(const std::string& raw) {
  if (raw.find("unterminated dollar-quoted") != std::string::npos) {
    return "unterminated dollar-quoted string: add the closing $tag$";
  }
  if (raw.find("unterminated /* comment") != std::string::npos) {
    return "unterminated /* comment: add the closing */";
  }
  if (raw.find("unterminated quoted string") != std::string::npos) {
    return "unterminated quoted string: add the closing quote";
  }
  if (raw.find("unterminated quoted identifier") != std::string::npos) {
    return "unterminated quoted identifier: add the closing double quote";
  }
  return raw;
}

// A section's text minus marker lines, as [begin, end) pieces, with the
// StatementBegin/End blocks marked verbatim.
struct Chunk {
  size_t begin;
  size_t end;
  bool verbatim;
};

void SplitChunk(const SourceText& source, const Chunk& chunk, std::vector<Statement>* out,
                std::vector<Diagnostic>* diagnostics) {
  std::string_view all(source.text());
  std::string_view text = all.substr(chunk.begin, chunk.end - chunk.begin);
  if (chunk.verbatim) {
    // Taken as written; only the surrounding blank space and one closing ';'
    // go, as sql-migrate sends the block as a single statement.
    size_t b = 0;
    size_t e = text.size();
    while (b < e && (IsSpace(text[b]) || text[b] == '\n')) ++b;
    while (e > b && (IsSpace(text[e - 1]) || text[e - 1] == '\n')) --e;
    if (e > b && text[e - 1] == ';') --e;
    while (e > b && (IsSpace(text[e - 1]) || text[e - 1] == '\n')) --e;
    if (b == e) return;
    Statement s = MakeStatement(source, chunk.begin + b, chunk.begin + e);
    s.verbatim = true;
    ScanOutcome scan = Scan(s.sql);
    s.normalized = scan.ok ? NormalizeTokens(s.sql, scan.tokens, 0, scan.tokens.size())
                           : FoldWhitespace(s.sql);
    CheckStatementSyntax(source, &s);
    out->push_back(std::move(s));
    return;
  }

  ScanOutcome scan = Scan(text);
  if (!scan.ok) {
    // Keep what precedes the bad token; the rest is one statement that
    // cannot run, reported where the token starts.
    size_t bad = std::min(scan.error_offset, text.size());
    diagnostics->push_back(MakeDiagnostic(source, source.PositionAt(chunk.begin + bad),
                                          Severity::kError, "unterminated-token",
                                          ScanErrorMessage(scan.error)));
    ScanOutcome prefix = Scan(text.substr(0, bad));
    size_t tail_begin = 0;
    if (prefix.ok) {
      std::vector<StatementRange> ranges = SplitTokens(prefix.tokens);
      for (size_t i = 0; i < ranges.size(); ++i) {
        const StatementRange& r = ranges[i];
        if (i + 1 == ranges.size()) {
          // The last one is complete only if a ';' follows it.
          auto semicolon = std::find_if(
              prefix.tokens.begin() + static_cast<std::ptrdiff_t>(r.last_token),
              prefix.tokens.end(), [](const Token& t) { return t.kind == TokenKind::kSemicolon; });
          if (semicolon == prefix.tokens.end()) {
            tail_begin = r.begin;
            break;
          }
          tail_begin = semicolon->end;
        }
        Statement s = MakeStatement(source, chunk.begin + r.begin, chunk.begin + r.end);
        s.normalized = NormalizeTokens(text, prefix.tokens, r.first_token, r.last_token);
        CheckStatementSyntax(source, &s);
        out->push_back(std::move(s));
      }
    }
    while (tail_begin < bad && (IsSpace(text[tail_begin]) || text[tail_begin] == '\n')) {
      ++tail_begin;
    }
    size_t tail_end = text.size();
    while (tail_end > tail_begin && (IsSpace(text[tail_end - 1]) || text[tail_end - 1] == '\n')) {
      --tail_end;
    }
    Statement s = MakeStatement(source, chunk.begin + tail_begin, chunk.begin + tail_end);
    s.parsed = false;
    s.parse_error = ScanErrorMessage(scan.error);
    s.error_pos = source.PositionAt(chunk.begin + bad);
    s.normalized = FoldWhitespace(s.sql);
    out->push_back(std::move(s));
    return;
  }

  std::vector<StatementRange> ranges;
  bool parsed = SplitWithParser(text, scan.tokens, &ranges);
  if (!parsed) ranges = SplitTokens(scan.tokens);
  for (const StatementRange& r : ranges) {
    Statement s = MakeStatement(source, chunk.begin + r.begin, chunk.begin + r.end);
    s.normalized = NormalizeTokens(text, scan.tokens, r.first_token, r.last_token);
    if (!parsed) CheckStatementSyntax(source, &s);
    out->push_back(std::move(s));
  }
}

// The first byte that is not valid UTF-8 (or a NUL), or npos.
size_t FindInvalidUtf8(std::string_view text, bool* is_nul) {
  *is_nul = false;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      *is_nul = true;
      return i;
    }
    int extra = 0;
    unsigned int min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + extra >= text.size()) return i;
    unsigned int cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
      unsigned char cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += extra + 1;
  }
  return std::string_view::npos;
}

bool CheckText(const SourceText& source, std::vector<Diagnostic>* diagnostics) {
  bool is_nul = false;
  size_t bad = FindInvalidUtf8(source.text(), &is_nul);
  if (bad == std::string_view::npos) return true;
  if (is_nul) {
    diagnostics->push_back(MakeDiagnostic(source, source.PositionAt(bad), Severity::kError,
                                          "binary-file",
                                          "file contains a NUL byte: not a SQL text file"));
  } else {
    diagnostics->push_back(MakeDiagnostic(source, source.PositionAt(bad), Severity::kError,
                                          "invalid-utf8",
                                          "invalid UTF-8 byte sequence: save the file as UTF-8"));
  }
  return false;
}

// Fills `section` from the text between its marker line and `end`, turning
// StatementBegin/End pairs into verbatim statements.
void FillSection(const SourceText& source, size_t begin, size_t end,
                 const std::vector<Marker>& block_markers, Section* section,
                 std::vector<Diagnostic>* diagnostics) {
  section->begin = begin;
  section->end = end;
  std::vector<Chunk> chunks;
  size_t cursor = begin;
  const Marker* open = nullptr;
  for (const Marker& m : block_markers) {
    if (m.line_begin < begin || m.line_begin >= end) continue;
    if (m.word == MarkerWord::kStatementBegin) {
      if (open != nullptr) {
        diagnostics->push_back(
            MakeDiagnostic(source, m.word_pos, Severity::kError, "unterminated-statement-block",
                           fmt::format("StatementBegin inside the block opened at line {}: add "
                                       "\"-- +migrate StatementEnd\" before it",
                                       open->line)));
        continue;
      }
      if (m.line_begin > cursor) chunks.push_back({cursor, m.line_begin, false});
      open = &m;
      cursor = m.line_end;
    } else if (m.word == MarkerWord::kStatementEnd) {
      if (open == nullptr) {
        diagnostics->push_back(MakeDiagnostic(source, m.word_pos, Severity::kError,
                                              "unmatched-statement-end",
                                              "StatementEnd without a StatementBegin"));
        continue;
      }
      chunks.push_back({cursor, m.line_begin, true});
      open = nullptr;
      cursor = m.line_end;
    }
  }
  if (open != nullptr) {
    diagnostics->push_back(MakeDiagnostic(
        source, open->word_pos, Severity::kError, "unterminated-statement-block",
        "StatementBegin is never closed: add \"-- +migrate StatementEnd\" after the statement"));
    chunks.push_back({cursor, end, true});
  } else if (end > cursor) {
    chunks.push_back({cursor, end, false});
  }
  for (const Chunk& chunk : chunks) SplitChunk(source, chunk, &section->statements, diagnostics);
}

void ApplyOptions(const SourceText& source, const Marker& marker, Section* section,
                  std::vector<Diagnostic>* diagnostics) {
  for (const std::string& option : marker.options) {
    if (option == "notransaction") {
      section->notransaction = true;
    } else if (option == "irreversible" && section->kind == SectionKind::kDown) {
      section->irreversible = true;
    } else {
      diagnostics->push_back(MakeDiagnostic(
          source, marker.word_pos, Severity::kWarning, "unknown-marker-option",
          fmt::format("unknown option \"{}\" after \"-- +migrate {}\"; known options: "
                      "notransaction{}",
                      option, marker.spelled,
                      section->kind == SectionKind::kDown ? ", irreversible" : "")));
    }
  }
}

void ParseSections(MigrationFile* file) {
  const SourceText& source = file->source;
  std::vector<Marker> section_markers;
  std::vector<Marker> block_markers;
  // A marker line counts only where PostgreSQL's lexer sees a line comment
  // start: inside a string, dollar quote or block comment it is text. When
  // the file does not scan, every marker-looking line counts, so that the
  // sections still load and report their own scan errors.
  ScanOutcome whole = Scan(source.text());
  std::vector<size_t> comment_starts;
  for (const Token& t : whole.tokens) {
    if (t.kind == TokenKind::kComment) comment_starts.push_back(t.begin);
  }
  auto is_comment_start = [&](size_t offset) {
    return std::binary_search(comment_starts.begin(), comment_starts.end(), offset);
  };
  for (int line = 1; line <= static_cast<int>(source.LineCount()); ++line) {
    std::optional<Marker> marker = ReadMarker(source, line);
    if (!marker) continue;
    if (whole.ok) {
      std::string_view text = source.Line(line);
      size_t dashes = text.find("--");
      if (!is_comment_start(marker->line_begin + dashes)) continue;
    }
    switch (marker->word) {
      case MarkerWord::kUp:
      case MarkerWord::kDown:
        section_markers.push_back(*marker);
        break;
      case MarkerWord::kStatementBegin:
      case MarkerWord::kStatementEnd:
        block_markers.push_back(*marker);
        break;
      case MarkerWord::kUnknown:
        file->diagnostics.push_back(MakeDiagnostic(
            source, marker->word_pos, Severity::kError, "unknown-marker",
            marker->spelled.empty()
                ? std::string("\"-- +migrate\" without a word: write Up, Down, "
                              "StatementBegin or StatementEnd")
                : fmt::format("unknown marker \"-- +migrate {}\": did you mean \"-- +migrate {}\"?",
                              marker->spelled, SuggestMarker(marker->spelled))));
        break;
    }
  }

  const size_t size = source.text().size();
  if (section_markers.empty()) {
    file->has_markers = false;
    file->up.kind = SectionKind::kUp;
    file->up.present = true;
    FillSection(source, 0, size, block_markers, &file->up, &file->diagnostics);
    return;
  }

  file->has_markers = true;
  const Marker& first = section_markers.front();
  file->header = source.text().substr(0, first.line_begin);
  if (!file->header.empty()) {
    ScanOutcome scan = Scan(file->header);
    for (const Token& t : scan.tokens) {
      if (t.kind == TokenKind::kComment) continue;
      file->diagnostics.push_back(MakeDiagnostic(
          source, source.PositionAt(t.begin), Severity::kError, "sql-before-first-marker",
          "SQL before the first \"-- +migrate\" marker belongs to no section and never runs: "
          "move it below \"-- +migrate Up\""));
      break;
    }
    if (!scan.ok) {
      file->diagnostics.push_back(MakeDiagnostic(
          source, source.PositionAt(scan.error_offset), Severity::kError, "sql-before-first-marker",
          "text before the first marker is not a comment: " + ScanErrorMessage(scan.error)));
    }
  }

  for (size_t i = 0; i < section_markers.size(); ++i) {
    const Marker& m = section_markers[i];
    size_t body_end = i + 1 < section_markers.size() ? section_markers[i + 1].line_begin : size;
    Section* section = m.word == MarkerWord::kUp ? &file->up : &file->down;
    if (section->present) {
      file->diagnostics.push_back(MakeDiagnostic(
          source, m.word_pos, Severity::kError, "duplicate-section",
          fmt::format("second \"-- +migrate {}\" section (the first is at line {}): merge them",
                      m.spelled, section->marker_pos.line)));
      continue;
    }
    section->kind = m.word == MarkerWord::kUp ? SectionKind::kUp : SectionKind::kDown;
    section->present = true;
    section->marker_pos = source.PositionAt(m.line_begin);
    ApplyOptions(source, m, section, &file->diagnostics);
    FillSection(source, std::min(m.line_end, size), body_end, block_markers, section,
                &file->diagnostics);
  }
  if (file->down.irreversible && !file->down.empty()) {
    file->diagnostics.push_back(MakeDiagnostic(
        source, file->down.statements.front().pos, Severity::kWarning, "irreversible-down-has-sql",
        "the Down section is marked irreversible but holds SQL; it will never run: remove the "
        "SQL or the \"irreversible\" option"));
  }
}

bool ReadFile(const fs::path& path, std::string* text, std::string* error) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) {
    *error = ec.message();
    return false;
  }
  if (size > kMaxFileBytes) {
    *error = fmt::format("file is {} bytes, over the {} MiB tidemark reads", size,
                         kMaxFileBytes / (size_t{1024} * 1024));
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open file";
    return false;
  }
  text->resize(size);
  in.read(text->data(), static_cast<std::streamsize>(size));
  text->resize(static_cast<size_t>(in.gcount()));
  return true;
}

}  // namespace

DownSource MigrationFile::down_source() const {
  if (down.present && down.irreversible) return DownSource::kIrreversible;
  if (down.present && !down.empty()) return DownSource::kSection;
  // An _undo.sql file that says "-- +migrate Down irreversible".
  if (undo && undo->down.present && undo->down.irreversible) return DownSource::kIrreversible;
  if (undo && !undo->down.empty()) return DownSource::kUndoFile;
  return DownSource::kNone;
}

const Section* MigrationFile::EffectiveDown() const {
  switch (down_source()) {
    case DownSource::kSection:
      return &down;
    case DownSource::kUndoFile:
      return &undo->down;
    default:
      return nullptr;
  }
}

bool MigrationFile::HasErrors() const {
  return parser::HasErrors(diagnostics) || (undo && parser::HasErrors(undo->diagnostics));
}

bool MigrationSet::HasErrors() const {
  if (parser::HasErrors(diagnostics)) return true;
  return std::any_of(migrations.begin(), migrations.end(),
                     [](const MigrationFile& m) { return m.HasErrors(); });
}

std::vector<Statement> SplitSection(const SourceText& source, size_t begin, size_t end,
                                    std::vector<Diagnostic>* diagnostics) {
  std::vector<Statement> statements;
  SplitChunk(source, Chunk{begin, std::min(end, source.text().size()), false}, &statements,
             diagnostics);
  return statements;
}

MigrationFile ParseMigration(const std::string& path, std::string text) {
  MigrationFile file;
  file.source = SourceText(path, std::move(text));
  file.filename = fs::path(path).filename().string();
  if (auto name = ParseMigrationName(file.filename)) {
    file.version = name->version;
    file.label = name->label;
  }
  if (!CheckText(file.source, &file.diagnostics)) return file;
  ParseSections(&file);
  file.checksum = UpChecksum(file.up.statements);
  return file;
}

MigrationFile LoadMigrationFile(const fs::path& path) {
  std::string text;
  std::string error;
  if (!ReadFile(path, &text, &error)) {
    MigrationFile file;
    file.source = SourceText(path.string(), "");
    file.filename = path.filename().string();
    file.diagnostics.push_back(
        Diagnostic{path.string(), Position{}, Severity::kError, "io-error", error});
    return file;
  }
  MigrationFile file = ParseMigration(path.string(), std::move(text));

  fs::path undo_path = path;
  undo_path.replace_filename(path.stem().string() + "_undo.sql");
  std::error_code ec;
  if (!fs::is_regular_file(undo_path, ec)) return file;
  UndoFile undo;
  std::string undo_text;
  if (!ReadFile(undo_path, &undo_text, &error)) {
    undo.source = SourceText(undo_path.string(), "");
    undo.diagnostics.push_back(
        Diagnostic{undo_path.string(), Position{}, Severity::kError, "io-error", error});
  } else {
    // An undo file is read like a migration: its Down section if it has
    // markers, else its whole text.
    MigrationFile parsed = ParseMigration(undo_path.string(), std::move(undo_text));
    undo.source = parsed.source;
    undo.diagnostics = std::move(parsed.diagnostics);
    if (parsed.has_markers) {
      undo.down = std::move(parsed.down);
      if (!parsed.up.empty()) {
        undo.diagnostics.push_back(
            Diagnostic{undo_path.string(), parsed.up.statements.front().pos, Severity::kWarning,
                       "undo-file-has-up", "an _undo.sql file's Up section never runs: remove it"});
      }
    } else {
      undo.down = std::move(parsed.up);
      undo.down.kind = SectionKind::kDown;
    }
  }
  if (file.down.present && (!file.down.empty() || file.down.irreversible) && !undo.down.empty()) {
    file.diagnostics.push_back(Diagnostic{
        file.path(), file.down.marker_pos, Severity::kWarning, "down-and-undo-file",
        fmt::format("both a Down section and {} exist; the Down section is used: delete one",
                    undo_path.filename().string())});
  }
  file.undo = std::move(undo);
  return file;
}

MigrationSet LoadDirectory(const fs::path& dir, const LoadOptions& options) {
  MigrationSet set;
  set.dir = dir.string();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    set.diagnostics.push_back(Diagnostic{dir.string(), Position{}, Severity::kError, "io-error",
                                         "migrations directory not found"});
    return set;
  }
  std::vector<fs::path> forward;
  std::map<std::string, fs::path> undo_files;  // stem of the forward file -> undo path
  std::vector<std::string> skipped;            // stems of migrations after `through`
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file(ec)) continue;
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".sql") continue;
    std::optional<MigrationName> parsed = ParseMigrationName(name);
    if (!parsed) {
      set.diagnostics.push_back(Diagnostic{
          entry.path().string(), Position{}, Severity::kWarning, "unversioned-file",
          "not a migration (names are VERSION_label.sql, e.g. 20260520_103245_add_users.sql); "
          "ignored"});
      continue;
    }
    if (parsed->is_undo) {
      undo_files[name.substr(0, name.size() - std::string("_undo.sql").size())] = entry.path();
    } else if (options.through && parsed->version.Compare(*options.through) > 0) {
      skipped.push_back(entry.path().stem().string());
    } else {
      forward.push_back(entry.path());
    }
  }
  if (ec) {
    set.diagnostics.push_back(
        Diagnostic{dir.string(), Position{}, Severity::kError, "io-error", ec.message()});
  }
  std::sort(forward.begin(), forward.end());

  set.migrations.resize(forward.size());
  ParallelFor(forward.size(), options.threads,
              [&](size_t i) { set.migrations[i] = LoadMigrationFile(forward[i]); });

  for (const MigrationFile& m : set.migrations) {
    undo_files.erase(fs::path(m.filename).stem().string());
  }
  for (const std::string& stem : skipped) undo_files.erase(stem);
  for (const auto& [stem, path] : undo_files) {
    set.diagnostics.push_back(
        Diagnostic{path.string(), Position{}, Severity::kWarning, "orphan-undo-file",
                   fmt::format("no migration {}.sql for this undo file; it is ignored", stem)});
  }

  std::stable_sort(set.migrations.begin(), set.migrations.end(),
                   [](const MigrationFile& a, const MigrationFile& b) {
                     int c = a.version.Compare(b.version);
                     return c != 0 ? c < 0 : a.filename < b.filename;
                   });
  for (size_t i = 1; i < set.migrations.size(); ++i) {
    const MigrationFile& a = set.migrations[i - 1];
    const MigrationFile& b = set.migrations[i];
    if (a.version == b.version) {
      set.diagnostics.push_back(
          Diagnostic{b.path(), Position{}, Severity::kError, "duplicate-version",
                     fmt::format("{} and {} have the same version {}: renumber one of them",
                                 a.filename, b.filename, b.version.text())});
    }
  }
  return set;
}

std::string FoldWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (IsSpace(c) || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

MigrationFile LoadSchemaFile(const fs::path& path) {
  std::string text;
  std::string error;
  if (!ReadFile(path, &text, &error)) {
    MigrationFile file;
    file.filename = path.filename().string();
    file.source = SourceText(path.string(), "");
    file.diagnostics.push_back(
        Diagnostic{path.string(), Position{}, Severity::kError, "io-error", error});
    return file;
  }
  return ParseSchemaFile(path.string(), std::move(text));
}

MigrationFile ParseSchemaFile(const std::string& path, std::string text) {
  MigrationFile file;
  file.filename = fs::path(path).filename().string();
  // Blanked, not removed: positions stay those of the file.
  for (size_t line = 0; line < text.size();) {
    size_t end = text.find('\n', line);
    if (end == std::string::npos) end = text.size();
    if (text[line] == '\\') std::fill(text.begin() + line, text.begin() + end, ' ');
    line = end + 1;
  }
  file.source = SourceText(path, std::move(text));
  if (!CheckText(file.source, &file.diagnostics)) return file;
  file.up.present = true;
  file.up.end = file.source.text().size();
  file.up.statements = SplitSection(file.source, 0, file.up.end, &file.diagnostics);
  return file;
}

std::vector<MigrationFile> LoadSchemaDirectory(const fs::path& dir,
                                               std::vector<Diagnostic>* diagnostics) {
  std::vector<fs::path> paths;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diagnostics->push_back(Diagnostic{dir.string(), Position{}, Severity::kError, "io-error",
                                      "schema directory not found"});
    return {};
  }
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".sql") paths.push_back(it->path());
  }
  if (ec) {
    diagnostics->push_back(
        Diagnostic{dir.string(), Position{}, Severity::kError, "io-error", ec.message()});
  }
  std::sort(paths.begin(), paths.end());
  std::vector<MigrationFile> files;
  files.reserve(paths.size());
  for (const auto& p : paths) files.push_back(LoadSchemaFile(p));
  return files;
}

}  // namespace tidemark::parser
