// ban-truncate: TRUNCATE deletes every row of its tables.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class BanTruncate : public Rule {
 public:
  BanTruncate()
      : Rule({
            .id = "ban-truncate",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "TRUNCATE deletes every row of a table and cannot be undone",
            .help = "delete the rows you mean with DELETE ... WHERE, or copy the table aside "
                    "before emptying it",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_truncate_stmt()) return;
    std::string tables;
    for (const pg_query::Node& n : s.node()->truncate_stmt().relations()) {
      if (!n.has_range_var() || s.state->Created(RelationKey(n.range_var()))) continue;
      tables += (tables.empty() ? "" : ", ") + RelationDisplay(n.range_var());
    }
    if (tables.empty()) return;
    out.Report(fmt::format(
        "TRUNCATE deletes every row of {} under an ACCESS EXCLUSIVE lock; the rows cannot come "
        "back in a Down",
        tables));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBanTruncateRule() { return std::make_unique<BanTruncate>(); }

}  // namespace tidemark::analyzer::lint
