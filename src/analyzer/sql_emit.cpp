#include "analyzer/sql_emit.h"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "analyzer/parse_tree.h"
#include "analyzer/tree_util.h"
#include "analyzer/tree_walk.h"

namespace tidemark::analyzer {
namespace {

using google::protobuf::Message;

struct Placeholder {
  std::string token;
  std::string name;
};

// Replaces index and constraint names by plain placeholders the deparser
// prints verbatim, so they can be swapped for correctly quoted names.
void MaskNames(Message* message, std::vector<Placeholder>* placeholders) {
  auto mask = [&](std::string* name) {
    if (name->empty()) return;
    Placeholder p{fmt::format("tidemark_name_{}_", placeholders->size()), *name};
    *name = p.token;
    placeholders->push_back(std::move(p));
  };
  if (Is<pg_query::IndexStmt>(*message)) {
    mask(static_cast<pg_query::IndexStmt*>(message)->mutable_idxname());
  } else if (Is<pg_query::Constraint>(*message)) {
    auto* c = static_cast<pg_query::Constraint*>(message);
    mask(c->mutable_conname());
    mask(c->mutable_indexname());
  }
  ForEachMutableChild(message, [&](Message* child) { MaskNames(child, placeholders); });
}

bool ReplaceToken(std::string* text, const std::string& token, const std::string& with) {
  size_t at = text->find(token);
  if (at == std::string::npos) return false;
  // The token must stand alone: not part of a longer identifier.
  auto ident = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
  };
  size_t end = at + token.size();
  if ((at > 0 && ident((*text)[at - 1])) || (end < text->size() && ident((*text)[end]))) {
    return false;
  }
  text->replace(at, token.size(), with);
  return text->find(token) == std::string::npos;
}

}  // namespace

EmitResult Emit(const pg_query::Node& stmt) {
  EmitResult out;
  pg_query::Node masked = stmt;
  std::vector<Placeholder> placeholders;
  MaskNames(&masked, &placeholders);
  std::string error;
  std::optional<std::string> text = DeparseNode(masked, &error);
  if (!text) {
    out.error = "the deparser refused the statement: " + error;
    return out;
  }
  for (const auto& p : placeholders) {
    if (!ReplaceToken(&*text, p.token, QuoteIdentifier(p.name))) {
      out.error = "could not place the name " + QuoteIdentifier(p.name) + " in generated SQL";
      return out;
    }
  }
  ParseTree reparsed = ParseTree::Parse(*text);
  if (!reparsed.ok() || reparsed.size() != 1) {
    out.error = "generated SQL does not parse: " +
                (reparsed.ok() ? "several statements" : reparsed.error());
    return out;
  }
  if (!SameTree(reparsed.stmt(0), stmt)) {
    out.error = "generated SQL does not read back as the intended statement: " + *text;
    return out;
  }
  out.sql = std::move(*text);
  return out;
}

EmitResult EmitText(std::string_view sql) {
  EmitResult out;
  ParseTree reparsed = ParseTree::Parse(sql);
  if (!reparsed.ok()) {
    out.error = "definition does not parse: " + reparsed.error();
    return out;
  }
  if (reparsed.size() != 1) {
    out.error = "definition is not exactly one statement";
    return out;
  }
  out.sql = std::string(sql);
  return out;
}

}  // namespace tidemark::analyzer
