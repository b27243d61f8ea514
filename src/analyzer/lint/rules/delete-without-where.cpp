// delete-without-where: DELETE of every row of an existing table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class DeleteWithoutWhere : public Rule {
 public:
  DeleteWithoutWhere()
      : Rule({
            .id = "delete-without-where",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "DELETE without WHERE deletes every row of the table",
            .help = "add a WHERE clause naming the rows to delete; copy them aside first if a "
                    "Down must restore them",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_delete_stmt()) return;
    const pg_query::DeleteStmt& del = s.node()->delete_stmt();
    if (del.has_where_clause() || s.state->Created(RelationKey(del.relation()))) return;
    out.Report(fmt::format(
        "DELETE FROM {} without WHERE deletes every row; the rows cannot come back in a Down",
        RelationDisplay(del.relation())));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeDeleteWithoutWhereRule() {
  return std::make_unique<DeleteWithoutWhere>();
}

}  // namespace tidemark::analyzer::lint
