// ban-truncate-cascade: TRUNCATE ... CASCADE also empties every referencing table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class BanTruncateCascade : public Rule {
 public:
  BanTruncateCascade()
      : Rule({
            .id = "ban-truncate-cascade",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "TRUNCATE ... CASCADE also empties every table with a foreign key to it",
            .help = "name every table to empty explicitly, without CASCADE, so that the reviewer "
                    "sees what is lost",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_truncate_stmt()) return;
    const pg_query::TruncateStmt& truncate = s.node()->truncate_stmt();
    if (truncate.behavior() != pg_query::DROP_CASCADE) return;
    std::string tables;
    for (const pg_query::Node& n : truncate.relations()) {
      if (n.has_range_var())
        tables += (tables.empty() ? "" : ", ") + RelationDisplay(n.range_var());
    }
    out.Report(
        fmt::format("TRUNCATE {} CASCADE also empties every table that references it, recursively, "
                    "tables this file never names",
                    tables));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBanTruncateCascadeRule() {
  return std::make_unique<BanTruncateCascade>();
}

}  // namespace tidemark::analyzer::lint
