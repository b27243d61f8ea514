// concurrently-in-transaction: a statement PostgreSQL refuses inside a
// transaction block, in a section that runs in one.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class ConcurrentlyInTransaction : public Rule {
 public:
  ConcurrentlyInTransaction()
      : Rule({
            .id = "concurrently-in-transaction",
            .severity = Severity::kWarning,
            .family = Family::kTransactions,
            .summary = "CONCURRENTLY (or VACUUM, ALTER SYSTEM, ...) in a section that is not "
                       "marked notransaction",
            .help = "move the statement into its own migration whose section is marked "
                    "`-- +migrate Up notransaction` (or `Down notransaction`)",
            .sections = kBothSections,
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || s.section->notransaction) return;
    if (!NeedsNoTransaction(*s.node())) return;
    bool alone = s.section->statements.size() == 1;
    out.Report(fmt::format(
        "PostgreSQL refuses this statement inside a transaction block, and the {} section is "
        "not marked notransaction: {}",
        s.up ? "Up" : "Down",
        alone ? "tools that wrap each migration in a transaction fail here; tidemark runs it in "
                "autocommit"
              : "tidemark runs it alone in autocommit and the statements around it in "
                "transactions of their own, so a failure half way leaves the migration partly "
                "applied"));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeConcurrentlyInTransactionRule() {
  return std::make_unique<ConcurrentlyInTransaction>();
}

}  // namespace tidemark::analyzer::lint
