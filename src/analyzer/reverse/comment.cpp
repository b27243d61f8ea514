#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"

namespace tidemark::analyzer {

Reversal ReverseComment(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.comment_stmt();
  std::string key = CommentKey(stmt.objtype(), stmt.object());
  if (key.empty()) {
    return Unknown(std::string("tidemark does not track comments on a ") +
                   ObjectTypeName(stmt.objtype()) + "; write its Down by hand");
  }
  std::optional<std::string> old = ctx.catalog.Comment(key);
  pg_query::Node down = ctx.stmt;
  down.mutable_comment_stmt()->set_comment(old ? *old : "");
  return Make(Reversibility::kNeedsHistory,
              old ? "restores the earlier comment"
                  : "no earlier migration set a comment; the Down removes it",
              {TreePart(down)});
}

}  // namespace tidemark::analyzer
