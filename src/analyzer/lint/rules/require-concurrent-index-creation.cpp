// require-concurrent-index-creation: CREATE INDEX without CONCURRENTLY on an existing table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class RequireConcurrentIndexCreation : public Rule {
 public:
  RequireConcurrentIndexCreation()
      : Rule({
            .id = "require-concurrent-index-creation",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary =
                "CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds",
            .help = "use CREATE INDEX CONCURRENTLY, alone in a migration whose Up is marked "
                    "`-- +migrate Up notransaction`",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_index_stmt()) return;
    const pg_query::IndexStmt& index = s.node()->index_stmt();
    if (index.concurrent() || s.state->Created(RelationKey(index.relation()))) return;
    out.Report(fmt::format(
        "CREATE {}INDEX{} without CONCURRENTLY takes a SHARE lock on {}: every INSERT, UPDATE "
        "and DELETE waits until the whole index is built",
        index.unique() ? "UNIQUE " : "",
        index.idxname().empty() ? "" : " " + QuoteIdentifier(index.idxname()),
        RelationDisplay(index.relation())));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRequireConcurrentIndexCreationRule() {
  return std::make_unique<RequireConcurrentIndexCreation>();
}

}  // namespace tidemark::analyzer::lint
