#pragma once

// libpg_query's parse tree as the protoc-generated pg_query:: classes.
// parse_tree.cpp is the only parser file that includes pg_query.h for it;
// every C result is owned by an RAII type there.

#include <string>
#include <string_view>

#include "pg_query.pb.h"

namespace tidemark::parser {

class ParseTree {
 public:
  // Parses one or more statements with PostgreSQL 15's grammar.
  static ParseTree Parse(std::string_view sql);

  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }
  size_t error_offset() const { return error_offset_; }  // byte offset into the text
  const pg_query::ParseResult& result() const { return result_; }
  int size() const { return result_.stmts_size(); }
  // The i-th statement's node (RawStmt.stmt).
  const pg_query::Node& stmt(int i) const { return result_.stmts(i).stmt(); }

 private:
  bool ok_ = false;
  std::string error_;
  size_t error_offset_ = 0;
  pg_query::ParseResult result_;
};

}  // namespace tidemark::parser
