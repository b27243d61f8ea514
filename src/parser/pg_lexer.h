#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tidemark::parser {

// PostgreSQL's own lexer and statement splitter (libpg_query), for the
// parser library. The analyzer's parse_tree.h owns the parse tree; this file
// owns only the scanner and splitter handles.

enum class TokenKind {
  kOther,
  kComment,
  kSemicolon,
  kOpenParen,
  kCloseParen,
  kBegin,
  kAtomic,
  kEnd,
  kCase
};

struct Token {
  TokenKind kind = TokenKind::kOther;
  size_t begin = 0;  // byte offsets into the scanned text
  size_t end = 0;
};

struct ScanOutcome {
  std::vector<Token> tokens;
  bool ok = true;
  std::string error;
  size_t error_offset = 0;  // byte offset of the failing token
};

// Scans `sql`, comments included. On failure (an unterminated quote or
// comment) `tokens` is empty and `error`/`error_offset` say where.
ScanOutcome Scan(std::string_view sql);

struct StatementRange {
  size_t begin = 0;        // first token of the statement (comments before it excluded)
  size_t end = 0;          // one past its last token, the ';' excluded
  size_t first_token = 0;  // index into the token list
  size_t last_token = 0;   // one past
};

// Splits scanned text at top-level semicolons, keeping parenthesised parts
// (CREATE RULE ... (a; b)) and BEGIN ATOMIC ... END bodies whole. Needs no
// grammar, so it also splits text that PostgreSQL 15 cannot parse.
std::vector<StatementRange> SplitTokens(const std::vector<Token>& tokens);

// Splits with PostgreSQL 15's grammar. Returns false when the text does not
// parse; `ranges` are then left empty.
bool SplitWithParser(std::string_view sql, const std::vector<Token>& tokens,
                     std::vector<StatementRange>* ranges);

struct SyntaxCheck {
  bool ok = true;
  std::string error;
  size_t error_offset = 0;
};

// Parses `sql` with PostgreSQL 15's grammar and reports the first error.
SyntaxCheck CheckSyntax(std::string_view sql);

}  // namespace tidemark::parser
