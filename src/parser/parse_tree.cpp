#include "parser/parse_tree.h"

#include <pg_query.h>

#include <memory>
#include <mutex>
#include <optional>

#include "parser/migration.h"

namespace tidemark::parser {
namespace {

struct ProtobufParseResultDeleter {
  void operator()(PgQueryProtobufParseResult* r) const {
    pg_query_free_protobuf_parse_result(*r);
    delete r;
  }
};
using ProtobufParseResultPtr =
    std::unique_ptr<PgQueryProtobufParseResult, ProtobufParseResultDeleter>;

}  // namespace

ParseTree ParseTree::Parse(std::string_view sql) {
  ParseTree tree;
  std::string text(sql);  // libpg_query wants a NUL-terminated string
  ProtobufParseResultPtr result(
      new PgQueryProtobufParseResult(pg_query_parse_protobuf(text.c_str())));
  if (result->error != nullptr) {
    tree.error_ = result->error->message != nullptr ? result->error->message : "syntax error";
    int cursor = result->error->cursorpos;
    tree.error_offset_ = cursor > 0 ? static_cast<size_t>(cursor - 1) : 0;
    return tree;
  }
  if (!tree.result_.ParseFromArray(result->parse_tree.data,
                                   static_cast<int>(result->parse_tree.len))) {
    tree.error_ = "could not read libpg_query's parse tree";
    return tree;
  }
  tree.ok_ = true;
  return tree;
}

struct StatementTree::State {
  std::once_flag once;
  std::optional<ParseTree> tree;
};

StatementTree::StatementTree() : state_(std::make_shared<State>()) {}

const ParseTree& StatementTree::Get(std::string_view sql) const {
  State& state = *state_;
  std::call_once(state.once, [&] { state.tree = ParseTree::Parse(sql); });
  return *state.tree;
}

}  // namespace tidemark::parser
