// ban-drop-table: DROP TABLE deletes a table and every row in it.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class BanDropTable : public Rule {
 public:
  BanDropTable()
      : Rule({
            .id = "ban-drop-table",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "DROP TABLE deletes a table and all its rows; no Down brings the rows back",
            .help = "stop using the table first and drop it in a later release, after a backup; "
                    "or rename it (ALTER TABLE ... RENAME TO x_deprecated) to keep a way back",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_drop_stmt()) return;
    const pg_query::DropStmt& drop = s.node()->drop_stmt();
    if (drop.remove_type() != pg_query::OBJECT_TABLE) return;
    for (const pg_query::Node& object : drop.objects()) {
      std::vector<std::string> parts = ObjectNameParts(object);
      if (parts.empty() || s.state->Created(parts.back())) continue;  // new and empty
      out.Report(fmt::format(
          "DROP TABLE {} deletes the table and every row in it; a Down can recreate its "
          "definition, never its data{}",
          JoinParts(parts),
          drop.behavior() == pg_query::DROP_CASCADE
              ? " (CASCADE also drops the views and foreign keys that depend on it)"
              : ""));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBanDropTableRule() { return std::make_unique<BanDropTable>(); }

}  // namespace tidemark::analyzer::lint
