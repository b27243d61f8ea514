#include "analyzer/reverse/reverse.h"
#include "analyzer/tree_walk.h"

namespace tidemark::analyzer {

using NC = pg_query::Node::NodeCase;

const std::vector<ReverseRule>& ReverseRules() {
  static const std::vector<ReverseRule> rules = {
      {NC::kCreateStmt, ReverseCreateTable},
      {NC::kCreateTableAsStmt, ReverseCreateTableAs},
      {NC::kAlterTableStmt, ReverseAlterTable},
      {NC::kIndexStmt, ReverseCreateIndex},
      {NC::kDropStmt, ReverseDrop},
      {NC::kRenameStmt, ReverseRename},
      {NC::kAlterObjectSchemaStmt, ReverseSetSchema},
      {NC::kCommentStmt, ReverseComment},
      {NC::kGrantStmt, ReverseGrant},
      {NC::kGrantRoleStmt, ReverseGrantRole},
      {NC::kCreateFunctionStmt, ReverseCreateFunction},
      {NC::kViewStmt, ReverseCreateView},
      {NC::kCreateSeqStmt, ReverseCreateSequence},
      {NC::kCreateEnumStmt, ReverseCreateEnum},
      {NC::kCompositeTypeStmt, ReverseCreateCompositeType},
      {NC::kCreateDomainStmt, ReverseCreateDomain},
      {NC::kCreateRangeStmt, ReverseCreateRange},
      {NC::kAlterEnumStmt, ReverseAlterEnum},
      {NC::kCreateTrigStmt, ReverseCreateTrigger},
      {NC::kCreatePolicyStmt, ReverseCreatePolicy},
      {NC::kCreateSchemaStmt, ReverseCreateSchema},
      {NC::kCreateExtensionStmt, ReverseCreateExtension},
      {NC::kRuleStmt, ReverseCreateRule},
      {NC::kCreateStatsStmt, ReverseCreateStatistics},
      {NC::kCreateRoleStmt, ReverseCreateRole},
      {NC::kTruncateStmt, ReverseTruncate},
      {NC::kDeleteStmt, ReverseDelete},
      {NC::kUpdateStmt, ReverseUpdate},
      {NC::kInsertStmt, ReverseInsert},
      {NC::kDoStmt, ReverseDo},
      {NC::kCallStmt, ReverseCall},
      {NC::kSelectStmt, ReverseSelect},
      {NC::kVariableSetStmt, ReverseSessionSetting},
      {NC::kVariableShowStmt, ReverseSessionSetting},
      {NC::kTransactionStmt, ReverseTransaction},
      {NC::kVacuumStmt, ReverseMaintenance},
      {NC::kReindexStmt, ReverseMaintenance},
      {NC::kClusterStmt, ReverseMaintenance},
      {NC::kRefreshMatViewStmt, ReverseMaintenance},
      {NC::kLockStmt, ReverseMaintenance},
      {NC::kCheckPointStmt, ReverseMaintenance},
      {NC::kNotifyStmt, ReverseMaintenance},
      {NC::kExplainStmt, ReverseMaintenance},
  };
  return rules;
}

Reversal Reverse(const ReverseContext& ctx) {
  for (const auto& rule : ReverseRules()) {
    if (rule.kind == ctx.stmt.node_case()) return rule.fn(ctx);
  }
  std::string kind = NodeTypeName(ctx.stmt.node_case());
  if (kind.empty()) kind = "statement";
  return Unknown("tidemark does not model " + kind + " statements yet; write its Down by hand");
}

}  // namespace tidemark::analyzer
