#include "parser/pg_lexer.h"

#include <pg_query.h>

#include <algorithm>
#include <memory>

#include "pg_query.pb.h"

namespace tidemark::parser {
namespace {

struct ScanResultDeleter {
  void operator()(PgQueryScanResult* r) const {
    pg_query_free_scan_result(*r);
    delete r;
  }
};
struct SplitResultDeleter {
  void operator()(PgQuerySplitResult* r) const {
    pg_query_free_split_result(*r);
    delete r;
  }
};

TokenKind KindOf(int token) {
  switch (token) {
    case pg_query::SQL_COMMENT:
    case pg_query::C_COMMENT:
      return TokenKind::kComment;
    case pg_query::ASCII_59:
      return TokenKind::kSemicolon;
    case pg_query::ASCII_40:
      return TokenKind::kOpenParen;
    case pg_query::ASCII_41:
      return TokenKind::kCloseParen;
    case pg_query::BEGIN_P:
      return TokenKind::kBegin;
    case pg_query::ATOMIC:
      return TokenKind::kAtomic;
    case pg_query::END_P:
      return TokenKind::kEnd;
    case pg_query::CASE:
      return TokenKind::kCase;
    default:
      return TokenKind::kOther;
  }
}

// Makes a range of tokens [first, last) into a statement, leaving out
// comments at either end and the closing ';'.
bool TrimRange(const std::vector<Token>& tokens, size_t first, size_t last, StatementRange* out) {
  while (first < last && (tokens[first].kind == TokenKind::kComment ||
                          tokens[first].kind == TokenKind::kSemicolon)) {
    ++first;
  }
  while (last > first && (tokens[last - 1].kind == TokenKind::kComment ||
                          tokens[last - 1].kind == TokenKind::kSemicolon)) {
    --last;
  }
  if (first == last) return false;
  out->first_token = first;
  out->last_token = last;
  out->begin = tokens[first].begin;
  out->end = tokens[last - 1].end;
  return true;
}

}  // namespace

ScanOutcome Scan(std::string_view sql) {
  ScanOutcome outcome;
  std::string text(sql);  // libpg_query wants a NUL-terminated string
  std::unique_ptr<PgQueryScanResult, ScanResultDeleter> result(
      new PgQueryScanResult(pg_query_scan(text.c_str())));
  if (result->error != nullptr) {
    outcome.ok = false;
    outcome.error = result->error->message != nullptr ? result->error->message : "scan error";
    int cursor = result->error->cursorpos;
    outcome.error_offset = cursor > 0 ? static_cast<size_t>(cursor - 1) : 0;
    return outcome;
  }
  pg_query::ScanResult scan;
  if (!scan.ParseFromArray(result->pbuf.data, static_cast<int>(result->pbuf.len))) {
    outcome.ok = false;
    outcome.error = "could not decode the scanner's output";
    return outcome;
  }
  outcome.tokens.reserve(scan.tokens_size());
  for (const auto& t : scan.tokens()) {
    outcome.tokens.push_back(
        Token{KindOf(t.token()), static_cast<size_t>(t.start()), static_cast<size_t>(t.end())});
  }
  return outcome;
}

std::vector<StatementRange> SplitTokens(const std::vector<Token>& tokens) {
  std::vector<StatementRange> ranges;
  int paren_depth = 0;
  // Inside BEGIN ATOMIC, END closes either a CASE or the body itself.
  int atomic_depth = 0;
  size_t start = 0;
  size_t previous_code = tokens.size();  // index of the previous non-comment token
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kComment) continue;
    switch (t.kind) {
      case TokenKind::kOpenParen:
        ++paren_depth;
        break;
      case TokenKind::kCloseParen:
        if (paren_depth > 0) --paren_depth;
        break;
      case TokenKind::kAtomic:
        if (atomic_depth == 0 && previous_code < tokens.size() &&
            tokens[previous_code].kind == TokenKind::kBegin) {
          atomic_depth = 1;
        }
        break;
      case TokenKind::kCase:
        if (atomic_depth > 0) ++atomic_depth;
        break;
      case TokenKind::kEnd:
        if (atomic_depth > 0) --atomic_depth;
        break;
      case TokenKind::kSemicolon:
        if (paren_depth == 0 && atomic_depth == 0) {
          StatementRange range;
          if (TrimRange(tokens, start, i + 1, &range)) ranges.push_back(range);
          start = i + 1;
        }
        break;
      default:
        break;
    }
    previous_code = i;
  }
  StatementRange range;
  if (TrimRange(tokens, start, tokens.size(), &range)) ranges.push_back(range);
  return ranges;
}

bool SplitWithParser(std::string_view sql, const std::vector<Token>& tokens,
                     std::vector<StatementRange>* ranges) {
  ranges->clear();
  std::string text(sql);
  std::unique_ptr<PgQuerySplitResult, SplitResultDeleter> result(
      new PgQuerySplitResult(pg_query_split_with_parser(text.c_str())));
  if (result->error != nullptr) return false;
  size_t token_index = 0;
  for (int i = 0; i < result->n_stmts; ++i) {
    const PgQuerySplitStmt* stmt = result->stmts[i];
    size_t begin = static_cast<size_t>(stmt->stmt_location);
    size_t end = stmt->stmt_len == 0 ? text.size() : begin + static_cast<size_t>(stmt->stmt_len);
    while (token_index < tokens.size() && tokens[token_index].begin < begin) ++token_index;
    size_t first = token_index;
    while (token_index < tokens.size() && tokens[token_index].end <= end) ++token_index;
    StatementRange range;
    if (TrimRange(tokens, first, token_index, &range)) ranges->push_back(range);
  }
  return true;
}

SyntaxCheck CheckSyntax(std::string_view sql) {
  SyntaxCheck check;
  std::string text(sql);
  // The splitter runs the full grammar without building output, the cheapest
  // way to ask "does this parse?".
  std::unique_ptr<PgQuerySplitResult, SplitResultDeleter> result(
      new PgQuerySplitResult(pg_query_split_with_parser(text.c_str())));
  if (result->error != nullptr) {
    check.ok = false;
    check.error = result->error->message != nullptr ? result->error->message : "syntax error";
    int cursor = result->error->cursorpos;
    check.error_offset = cursor > 0 ? static_cast<size_t>(cursor - 1) : 0;
  }
  return check;
}

}  // namespace tidemark::parser
