#pragma once

// Inline suppressions:
//   -- tidemark-ignore rule-a, rule-b     silences those rules on the next statement
//   -- tidemark-ignore                    silences every rule on the next statement
//   -- tidemark-ignore-file [rule, ...]   silences them (or every rule) in the whole file
// Anything after ':' or a second "--" is a free-text reason. An ignore
// inside a statement applies to that statement.

#include <string>
#include <vector>

#include "analyzer/lint/finding.h"
#include "parser/migration.h"

namespace tidemark::analyzer::lint {

struct IgnoreComment {
  parser::Position pos;
  size_t offset = 0;  // the comment's bytes in the file
  size_t end = 0;
  bool whole_file = false;
  std::vector<std::string> rules;    // registered ids (aliases resolved); empty: all rules
  std::vector<std::string> unknown;  // names that are no rule
  size_t target_begin = 0;           // the bytes it silences: [target_begin, target_end)
  size_t target_end = 0;
  std::vector<bool> used;  // per entry of `rules` (or one entry when `rules` is empty)
};

// The ignore comments of `source`; `statements` are its statements (any
// section) in file order, to find each comment's target.
std::vector<IgnoreComment> FindIgnores(const parser::SourceText& source,
                                       const std::vector<const parser::Statement*>& statements);

// True (and the comment marked used) when an ignore silences `finding`.
bool Silences(std::vector<IgnoreComment>* ignores, const Finding& finding);

// Byte offset of a 1-based position in `source`.
size_t OffsetOf(const parser::SourceText& source, parser::Position pos);

}  // namespace tidemark::analyzer::lint
