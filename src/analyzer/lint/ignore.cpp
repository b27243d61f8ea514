#include "analyzer/lint/ignore.h"

#include <algorithm>

#include "analyzer/lint/registry.h"
#include "parser/pg_lexer.h"

namespace tidemark::analyzer::lint {
namespace {

constexpr std::string_view kIgnore = "tidemark-ignore";
constexpr std::string_view kIgnoreFile = "tidemark-ignore-file";

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Reads one comment's text; false when it is no ignore comment.
bool ParseComment(std::string_view comment, IgnoreComment* out) {
  std::string_view body = comment;
  if (body.substr(0, 2) == "--") {
    body.remove_prefix(2);
  } else if (body.substr(0, 2) == "/*") {
    body.remove_prefix(2);
    if (body.size() >= 2 && body.substr(body.size() - 2) == "*/") body.remove_suffix(2);
  } else {
    return false;
  }
  body = Trim(body);
  std::string_view rest;
  if (body.substr(0, kIgnoreFile.size()) == kIgnoreFile) {
    out->whole_file = true;
    rest = body.substr(kIgnoreFile.size());
  } else if (body.substr(0, kIgnore.size()) == kIgnore) {
    rest = body.substr(kIgnore.size());
  } else {
    return false;
  }
  // "tidemark-ignored" or "tidemark-ignore-filex" are not ignores.
  if (!rest.empty() && !IsBlank(rest.front()) && rest.front() != ':' && rest.front() != ',') {
    return false;
  }
  size_t reason = std::min(rest.find(':'), rest.find("--"));
  rest = rest.substr(0, reason);
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (IsBlank(rest[i]) || rest[i] == ',')) ++i;
    size_t start = i;
    while (i < rest.size() && !IsBlank(rest[i]) && rest[i] != ',') ++i;
    if (i == start) continue;
    std::string name(rest.substr(start, i - start));
    if (const Rule* rule = FindRule(name)) {
      if (std::find(out->rules.begin(), out->rules.end(), rule->id()) == out->rules.end()) {
        out->rules.push_back(rule->id());
      }
    } else {
      out->unknown.push_back(std::move(name));
    }
  }
  out->used.assign(std::max<size_t>(1, out->rules.size()), false);
  return true;
}

struct CommentSpan {
  size_t begin;
  size_t end;
};

// Comment tokens of the text; a line-based fallback when it does not scan.
std::vector<CommentSpan> Comments(std::string_view text) {
  std::vector<CommentSpan> out;
  parser::ScanOutcome scan = parser::Scan(text);
  if (scan.ok) {
    for (const parser::Token& t : scan.tokens) {
      if (t.kind == parser::TokenKind::kComment) out.push_back({t.begin, t.end});
    }
    return out;
  }
  size_t line = 0;
  while (line < text.size()) {
    size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    size_t i = line;
    while (i < eol && IsBlank(text[i])) ++i;
    if (text.substr(i, 2) == "--") out.push_back({i, eol});
    line = eol + 1;
  }
  return out;
}

}  // namespace

size_t OffsetOf(const parser::SourceText& source, parser::Position pos) {
  const std::string& text = source.text();
  size_t offset = std::min(source.LineStart(pos.line), text.size());
  for (int column = 1; column < pos.column && offset < text.size() && text[offset] != '\n';
       ++column) {
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      ++offset;  // UTF-8 continuation byte: same character
    }
  }
  return offset;
}

std::vector<IgnoreComment> FindIgnores(const parser::SourceText& source,
                                       const std::vector<const parser::Statement*>& statements) {
  std::vector<IgnoreComment> out;
  const std::string& text = source.text();
  if (text.find(kIgnore) == std::string::npos) return out;
  for (const CommentSpan& span : Comments(text)) {
    IgnoreComment ignore;
    if (!ParseComment(std::string_view(text).substr(span.begin, span.end - span.begin), &ignore)) {
      continue;
    }
    ignore.offset = span.begin;
    ignore.end = span.end;
    ignore.pos = source.PositionAt(span.begin);
    if (ignore.whole_file) {
      ignore.target_begin = 0;
      ignore.target_end = text.size() + 1;
    } else {
      ignore.target_begin = span.begin;
      ignore.target_end = text.size() + 1;
      for (const parser::Statement* s : statements) {
        if (s->begin <= span.begin && span.begin < s->end) {  // inside this statement
          ignore.target_begin = s->begin;
          ignore.target_end = s->end;
          break;
        }
        if (s->begin >= span.end) {
          ignore.target_end = s->end;
          break;
        }
      }
    }
    out.push_back(std::move(ignore));
  }
  return out;
}

bool Silences(std::vector<IgnoreComment>* ignores, const Finding& finding) {
  // Statement ignores first, so that a redundant file-wide one shows as unused.
  for (int pass = 0; pass < 2; ++pass) {
    for (IgnoreComment& ignore : *ignores) {
      if (ignore.whole_file != (pass == 1)) continue;
      bool in_range =
          ignore.whole_file || (finding.has_offset && finding.offset >= ignore.target_begin &&
                                finding.offset < ignore.target_end);
      if (!in_range) continue;
      if (ignore.rules.empty()) {
        if (ignore.unknown.empty()) {
          ignore.used[0] = true;
          return true;
        }
        continue;  // only unknown names: silences nothing
      }
      auto it = std::find(ignore.rules.begin(), ignore.rules.end(), finding.rule);
      if (it != ignore.rules.end()) {
        ignore.used[static_cast<size_t>(it - ignore.rules.begin())] = true;
        return true;
      }
    }
  }
  return false;
}

}  // namespace tidemark::analyzer::lint
