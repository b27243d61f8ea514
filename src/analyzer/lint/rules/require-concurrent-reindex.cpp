// require-concurrent-reindex: REINDEX without CONCURRENTLY.
#include <fmt/format.h>

#include <algorithm>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class RequireConcurrentReindex : public Rule {
 public:
  RequireConcurrentReindex()
      : Rule({
            .id = "require-concurrent-reindex",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "REINDEX without CONCURRENTLY blocks writes, and reads that use the index",
            .help = "use REINDEX ... CONCURRENTLY (PostgreSQL 12+) in a `-- +migrate Up "
                    "notransaction` migration; on older servers build a new index concurrently "
                    "and drop the old one",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_reindex_stmt()) return;
    const pg_query::ReindexStmt& reindex = s.node()->reindex_stmt();
    bool concurrently =
        std::any_of(reindex.params().begin(), reindex.params().end(), [](const pg_query::Node& n) {
          return n.has_def_elem() && n.def_elem().defname() == "concurrently";
        });
    if (concurrently) return;
    std::string target;
    switch (reindex.kind()) {
      case pg_query::REINDEX_OBJECT_INDEX:
        if (s.state->created_indexes.count(reindex.relation().relname()) != 0) return;
        target = "INDEX " + RelationDisplay(reindex.relation());
        break;
      case pg_query::REINDEX_OBJECT_TABLE:
        if (s.state->Created(RelationKey(reindex.relation()))) return;
        target = "TABLE " + RelationDisplay(reindex.relation());
        break;
      case pg_query::REINDEX_OBJECT_SCHEMA:
        target = "SCHEMA " + QuoteIdentifier(reindex.name());
        break;
      default:
        target = "DATABASE";
        break;
    }
    out.Report(fmt::format(
        "REINDEX {} without CONCURRENTLY locks the table SHARE and the index ACCESS EXCLUSIVE: "
        "writes wait, and so do reads that would use the index{}",
        target,
        s.pg_version().major < 12
            ? fmt::format("; REINDEX CONCURRENTLY needs PostgreSQL 12 (target is {})",
                          s.pg_version().major)
            : ""));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRequireConcurrentReindexRule() {
  return std::make_unique<RequireConcurrentReindex>();
}

}  // namespace tidemark::analyzer::lint
