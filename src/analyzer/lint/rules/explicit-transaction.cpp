// explicit-transaction: BEGIN/COMMIT/ROLLBACK inside a migration.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

const char* Keyword(pg_query::TransactionStmtKind kind) {
  switch (kind) {
    case pg_query::TRANS_STMT_BEGIN:
      return "BEGIN";
    case pg_query::TRANS_STMT_START:
      return "START TRANSACTION";
    case pg_query::TRANS_STMT_COMMIT:
      return "COMMIT";
    case pg_query::TRANS_STMT_ROLLBACK:
      return "ROLLBACK";
    case pg_query::TRANS_STMT_PREPARE:
      return "PREPARE TRANSACTION";
    case pg_query::TRANS_STMT_COMMIT_PREPARED:
      return "COMMIT PREPARED";
    case pg_query::TRANS_STMT_ROLLBACK_PREPARED:
      return "ROLLBACK PREPARED";
    default:
      return nullptr;  // SAVEPOINT and friends work inside tidemark's transaction
  }
}

class ExplicitTransaction : public Rule {
 public:
  ExplicitTransaction()
      : Rule({
            .id = "explicit-transaction",
            .severity = Severity::kError,
            .family = Family::kTransactions,
            .summary = "BEGIN, COMMIT or ROLLBACK inside a migration fights tidemark's own "
                       "transaction",
            .help = "remove it: tidemark runs each migration in one transaction with its "
                    "tracking row; mark the section `notransaction` for statements that must "
                    "run outside one",
            .sections = kBothSections,
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_transaction_stmt()) return;
    const char* keyword = Keyword(s.node()->transaction_stmt().kind());
    if (keyword == nullptr) return;
    out.Report(fmt::format(
        "{} inside a migration ends or nests tidemark's transaction: what follows is no longer "
        "rolled back together with the tracking row if the migration fails",
        keyword));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeExplicitTransactionRule() {
  return std::make_unique<ExplicitTransaction>();
}

}  // namespace tidemark::analyzer::lint
