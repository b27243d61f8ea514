// require-concurrent-index-deletion: DROP INDEX without CONCURRENTLY.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class RequireConcurrentIndexDeletion : public Rule {
 public:
  RequireConcurrentIndexDeletion()
      : Rule({
            .id = "require-concurrent-index-deletion",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary =
                "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table",
            .help = "use DROP INDEX CONCURRENTLY, alone in a migration whose Up is marked "
                    "`-- +migrate Up notransaction`",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_drop_stmt()) return;
    const pg_query::DropStmt& drop = s.node()->drop_stmt();
    if (drop.remove_type() != pg_query::OBJECT_INDEX || drop.concurrent()) return;
    for (const pg_query::Node& object : drop.objects()) {
      std::vector<std::string> parts = ObjectNameParts(object);
      if (parts.empty() || s.state->created_indexes.count(parts.back()) != 0) continue;
      out.Report(fmt::format(
          "DROP INDEX {} without CONCURRENTLY locks its table ACCESS EXCLUSIVE: reads and "
          "writes wait, and so does everything queued behind them",
          JoinParts(parts)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRequireConcurrentIndexDeletionRule() {
  return std::make_unique<RequireConcurrentIndexDeletion>();
}

}  // namespace tidemark::analyzer::lint
