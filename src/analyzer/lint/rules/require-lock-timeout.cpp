// require-lock-timeout: an ACCESS EXCLUSIVE statement with no lock_timeout set.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/state.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class RequireLockTimeout : public Rule {
 public:
  RequireLockTimeout()
      : Rule({
            .id = "require-lock-timeout",
            .severity = Severity::kWarning,
            .family = Family::kLocking,
            .summary = "a statement waits for an ACCESS EXCLUSIVE lock with no lock_timeout: "
                       "while it waits, every query on the table queues behind it",
            .help = "start the section with SET lock_timeout = '5s' (and retry the migration if "
                    "it times out)",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.state->lock_timeout_set || s.state->unguarded_access_exclusive > 0) return;  // once
    std::string relation;
    if (LockOf(*s.parsed, &relation) != LockMode::kAccessExclusive) return;
    if (relation.empty() || s.state->Created(relation)) return;
    out.Report(fmt::format(
        "this statement waits for an ACCESS EXCLUSIVE lock on {} with no lock_timeout set: "
        "behind a long query it waits, and every later query on {} queues behind it",
        QuoteIdentifier(relation), QuoteIdentifier(relation)));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeRequireLockTimeoutRule() {
  return std::make_unique<RequireLockTimeout>();
}

}  // namespace tidemark::analyzer::lint
