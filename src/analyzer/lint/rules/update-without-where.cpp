// update-without-where: UPDATE of every row of an existing table.
#include <fmt/format.h>

#include "analyzer/lint/rules/rules.h"
#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

class UpdateWithoutWhere : public Rule {
 public:
  UpdateWithoutWhere()
      : Rule({
            .id = "update-without-where",
            .severity = Severity::kError,
            .family = Family::kDestructive,
            .summary = "UPDATE without WHERE rewrites every row; the old values are gone",
            .help = "add a WHERE clause naming the rows to change; backfill big tables in "
                    "batches (WHERE id BETWEEN ...) and keep the old values if a Down needs them",
        }) {}

  void Check(const StatementContext& s, const RuleOptions&, Emitter& out) const override {
    if (s.node() == nullptr || !s.node()->has_update_stmt()) return;
    const pg_query::UpdateStmt& update = s.node()->update_stmt();
    if (update.has_where_clause() || s.state->Created(RelationKey(update.relation()))) return;
    out.Report(fmt::format(
        "UPDATE {} without WHERE changes every row, locking them all until the migration "
        "commits; the old values cannot come back in a Down",
        RelationDisplay(update.relation())));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUpdateWithoutWhereRule() {
  return std::make_unique<UpdateWithoutWhere>();
}

}  // namespace tidemark::analyzer::lint
