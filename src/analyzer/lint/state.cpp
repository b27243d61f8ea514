#include "analyzer/lint/state.h"

#include <algorithm>

#include "analyzer/lint/tree.h"

namespace tidemark::analyzer::lint {
namespace {

// "0", "0s", "0ms" and friends turn lock_timeout off.
bool IsZeroSetting(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && text[i] == '0') ++i;
  if (i == 0) return false;
  std::string unit = text.substr(i);
  return unit.empty() || unit == "s" || unit == "ms" || unit == "min" || unit == "h" ||
         unit == "us" || unit == "d";
}

bool SetsLockTimeout(const pg_query::VariableSetStmt& set, bool* on) {
  if (set.name() != "lock_timeout") return false;
  if (set.kind() != pg_query::VAR_SET_VALUE || set.args_size() == 0) {
    *on = false;  // SET ... TO DEFAULT, RESET
    return true;
  }
  const pg_query::Node& arg = set.args(0);
  if (arg.has_a_const()) {
    const pg_query::A_Const& c = arg.a_const();
    if (c.has_ival()) {
      *on = c.ival().ival() != 0;
    } else if (c.has_sval()) {
      *on = !IsZeroSetting(c.sval().sval());
    } else {
      *on = !c.isnull();
    }
    return true;
  }
  *on = true;
  return true;
}

// SELECT set_config('lock_timeout', '5s', ...)
bool SetConfigLockTimeout(const pg_query::SelectStmt& select, bool* on) {
  for (const pg_query::Node& target : select.target_list()) {
    if (!target.has_res_target() || !target.res_target().val().has_func_call()) continue;
    const pg_query::FuncCall& call = target.res_target().val().func_call();
    if (FunctionName(call) != "set_config" || call.args_size() < 2) continue;
    const pg_query::Node& name = call.args(0);
    if (!name.has_a_const() || !name.a_const().has_sval() ||
        name.a_const().sval().sval() != "lock_timeout") {
      continue;
    }
    const pg_query::Node& value = call.args(1);
    *on = !(value.has_a_const() && value.a_const().has_sval() &&
            IsZeroSetting(value.a_const().sval().sval()));
    return true;
  }
  return false;
}

// "table.column" for CHECK (column IS NOT NULL), else "".
std::string NotNullCheckColumn(const std::string& table, const pg_query::Constraint& c) {
  if (c.contype() != pg_query::CONSTR_CHECK || !c.raw_expr().has_null_test()) return "";
  const pg_query::NullTest& test = c.raw_expr().null_test();
  if (test.nulltesttype() != pg_query::IS_NOT_NULL || !test.arg().has_column_ref()) return "";
  const auto& fields = test.arg().column_ref().fields();
  if (fields.empty()) return "";
  return table + "." + StringOf(fields[fields.size() - 1]);
}

}  // namespace

void AdvanceState(const ParsedStatement& statement, bool transactional, SectionState* state) {
  if (statement.node == nullptr) return;
  const pg_query::Node& node = *statement.node;
  if (!state->lock_timeout_set) {
    std::string relation;
    if (LockOf(statement, &relation) == LockMode::kAccessExclusive && !relation.empty() &&
        !state->Created(relation)) {
      ++state->unguarded_access_exclusive;
    }
  }
  switch (node.node_case()) {
    case pg_query::Node::kCreateStmt:
      state->created_relations.insert(RelationKey(node.create_stmt().relation()));
      break;
    case pg_query::Node::kCreateTableAsStmt:
      state->created_relations.insert(RelationKey(node.create_table_as_stmt().into().rel()));
      break;
    case pg_query::Node::kViewStmt:
      state->created_relations.insert(RelationKey(node.view_stmt().view()));
      break;
    case pg_query::Node::kIndexStmt:
      if (!node.index_stmt().idxname().empty()) {
        state->created_indexes.insert(node.index_stmt().idxname());
      }
      break;
    case pg_query::Node::kCreateEnumStmt:
      state->created_types.insert(LastName(node.create_enum_stmt().type_name()));
      break;
    case pg_query::Node::kVariableSetStmt: {
      bool on = false;
      // SET LOCAL outside a transaction lasts for nothing.
      if (SetsLockTimeout(node.variable_set_stmt(), &on) &&
          (transactional || !node.variable_set_stmt().is_local())) {
        state->lock_timeout_set = on;
      }
      break;
    }
    case pg_query::Node::kSelectStmt: {
      bool on = false;
      if (SetConfigLockTimeout(node.select_stmt(), &on)) state->lock_timeout_set = on;
      break;
    }
    case pg_query::Node::kTransactionStmt:
      switch (node.transaction_stmt().kind()) {
        case pg_query::TRANS_STMT_BEGIN:
        case pg_query::TRANS_STMT_START:
          state->explicit_transaction = true;
          break;
        case pg_query::TRANS_STMT_COMMIT:
        case pg_query::TRANS_STMT_ROLLBACK:
          state->explicit_transaction = false;
          state->not_valid_in_transaction.clear();
          break;
        default:
          break;
      }
      break;
    case pg_query::Node::kAlterTableStmt: {
      const std::string table = RelationKey(node.alter_table_stmt().relation());
      for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(node)) {
        if (cmd->subtype() == pg_query::AT_AddConstraint && cmd->def().has_constraint()) {
          const pg_query::Constraint& c = cmd->def().constraint();
          std::string column = NotNullCheckColumn(table, c);
          if (c.skip_validation()) {
            if (!c.conname().empty()) state->not_valid_in_transaction.insert(c.conname());
            if (!column.empty() && !c.conname().empty())
              state->not_null_checks[c.conname()] = column;
          } else if (!column.empty()) {
            state->not_null_proven.insert(column);
          }
        } else if (cmd->subtype() == pg_query::AT_ValidateConstraint) {
          state->validated_tables.insert(table);
          auto it = state->not_null_checks.find(cmd->name());
          if (it != state->not_null_checks.end()) state->not_null_proven.insert(it->second);
        }
      }
      break;
    }
    default:
      break;
  }
  if (!transactional && !state->explicit_transaction) state->not_valid_in_transaction.clear();
}

namespace {

LockMode AlterTableCommandLock(const pg_query::AlterTableCmd& cmd) {
  switch (cmd.subtype()) {
    case pg_query::AT_SetStatistics:
    case pg_query::AT_SetOptions:
    case pg_query::AT_ResetOptions:
    case pg_query::AT_SetRelOptions:
    case pg_query::AT_ResetRelOptions:
    case pg_query::AT_ClusterOn:
    case pg_query::AT_DropCluster:
    case pg_query::AT_ValidateConstraint:
    case pg_query::AT_AttachPartition:
      return LockMode::kShareUpdateExclusive;
    case pg_query::AT_EnableTrig:
    case pg_query::AT_EnableAlwaysTrig:
    case pg_query::AT_EnableReplicaTrig:
    case pg_query::AT_DisableTrig:
    case pg_query::AT_EnableTrigAll:
    case pg_query::AT_DisableTrigAll:
    case pg_query::AT_EnableTrigUser:
    case pg_query::AT_DisableTrigUser:
      return LockMode::kShareRowExclusive;
    case pg_query::AT_AddConstraint:
      if (cmd.def().has_constraint() &&
          cmd.def().constraint().contype() == pg_query::CONSTR_FOREIGN) {
        return LockMode::kShareRowExclusive;
      }
      return LockMode::kAccessExclusive;
    case pg_query::AT_DetachPartition:
      if (cmd.def().has_partition_cmd() && cmd.def().partition_cmd().concurrent()) {
        return LockMode::kShareUpdateExclusive;
      }
      return LockMode::kAccessExclusive;
    default:
      return LockMode::kAccessExclusive;
  }
}

bool HasOption(const NodeList& params, const std::string& name) {
  return std::any_of(params.begin(), params.end(), [&](const pg_query::Node& n) {
    return n.has_def_elem() && n.def_elem().defname() == name;
  });
}

}  // namespace

LockMode StatementLock(const pg_query::Node& stmt, std::string* relation) {
  relation->clear();
  switch (stmt.node_case()) {
    case pg_query::Node::kAlterTableStmt: {
      const pg_query::AlterTableStmt& alter = stmt.alter_table_stmt();
      *relation = RelationKey(alter.relation());
      if (alter.objtype() == pg_query::OBJECT_INDEX) return LockMode::kShareUpdateExclusive;
      LockMode strongest = LockMode::kNone;
      for (const pg_query::AlterTableCmd* cmd : AlterTableCommands(stmt)) {
        strongest = std::max(strongest, AlterTableCommandLock(*cmd));
      }
      return strongest;
    }
    case pg_query::Node::kRenameStmt: {
      const pg_query::RenameStmt& rename = stmt.rename_stmt();
      if (!rename.has_relation()) return LockMode::kNone;
      *relation = RelationKey(rename.relation());
      if (rename.rename_type() == pg_query::OBJECT_INDEX) return LockMode::kShareUpdateExclusive;
      return LockMode::kAccessExclusive;
    }
    case pg_query::Node::kDropStmt: {
      const pg_query::DropStmt& drop = stmt.drop_stmt();
      switch (drop.remove_type()) {
        case pg_query::OBJECT_TABLE:
        case pg_query::OBJECT_MATVIEW:
        case pg_query::OBJECT_VIEW:
        case pg_query::OBJECT_INDEX:
        case pg_query::OBJECT_TRIGGER:
        case pg_query::OBJECT_RULE:
        case pg_query::OBJECT_POLICY: {
          if (!drop.objects().empty() && drop.objects(0).has_list()) {
            const auto& items = drop.objects(0).list().items();
            // DROP TRIGGER/RULE/POLICY name ON table: the table is the one locked.
            bool on_table = drop.remove_type() == pg_query::OBJECT_TRIGGER ||
                            drop.remove_type() == pg_query::OBJECT_RULE ||
                            drop.remove_type() == pg_query::OBJECT_POLICY;
            if (on_table && items.size() >= 2) {
              *relation = StringOf(items[items.size() - 2]);
            } else {
              *relation = LastName(items);
            }
          }
          if (drop.remove_type() == pg_query::OBJECT_INDEX && drop.concurrent()) {
            return LockMode::kShareUpdateExclusive;
          }
          return LockMode::kAccessExclusive;
        }
        default:
          return LockMode::kNone;
      }
    }
    case pg_query::Node::kTruncateStmt:
      if (!stmt.truncate_stmt().relations().empty() &&
          stmt.truncate_stmt().relations(0).has_range_var()) {
        *relation = RelationKey(stmt.truncate_stmt().relations(0).range_var());
      }
      return LockMode::kAccessExclusive;
    case pg_query::Node::kIndexStmt:
      *relation = RelationKey(stmt.index_stmt().relation());
      return stmt.index_stmt().concurrent() ? LockMode::kShareUpdateExclusive : LockMode::kShare;
    case pg_query::Node::kReindexStmt: {
      const pg_query::ReindexStmt& reindex = stmt.reindex_stmt();
      if (reindex.has_relation()) *relation = RelationKey(reindex.relation());
      return HasOption(reindex.params(), "concurrently") ? LockMode::kShareUpdateExclusive
                                                         : LockMode::kShare;
    }
    case pg_query::Node::kClusterStmt:
      if (stmt.cluster_stmt().has_relation()) {
        *relation = RelationKey(stmt.cluster_stmt().relation());
      }
      return LockMode::kAccessExclusive;
    case pg_query::Node::kVacuumStmt: {
      const pg_query::VacuumStmt& vacuum = stmt.vacuum_stmt();
      if (!vacuum.rels().empty() && vacuum.rels(0).has_vacuum_relation()) {
        *relation = RelationKey(vacuum.rels(0).vacuum_relation().relation());
      }
      return vacuum.is_vacuumcmd() && HasOption(vacuum.options(), "full")
                 ? LockMode::kAccessExclusive
                 : LockMode::kShareUpdateExclusive;
    }
    case pg_query::Node::kRefreshMatViewStmt:
      *relation = RelationKey(stmt.refresh_mat_view_stmt().relation());
      return stmt.refresh_mat_view_stmt().concurrent() ? LockMode::kExclusive
                                                       : LockMode::kAccessExclusive;
    case pg_query::Node::kLockStmt: {
      const pg_query::LockStmt& lock = stmt.lock_stmt();
      if (!lock.relations().empty() && lock.relations(0).has_range_var()) {
        *relation = RelationKey(lock.relations(0).range_var());
      }
      int mode = lock.mode() == 0 ? 8 : lock.mode();
      return static_cast<LockMode>(std::clamp(mode, 0, 8));
    }
    case pg_query::Node::kCreateTrigStmt:
      *relation = RelationKey(stmt.create_trig_stmt().relation());
      return LockMode::kShareRowExclusive;
    case pg_query::Node::kRuleStmt:
      *relation = RelationKey(stmt.rule_stmt().relation());
      return LockMode::kAccessExclusive;
    case pg_query::Node::kCommentStmt:
      return LockMode::kShareUpdateExclusive;
    case pg_query::Node::kUpdateStmt:
      *relation = RelationKey(stmt.update_stmt().relation());
      return LockMode::kRowExclusive;
    case pg_query::Node::kDeleteStmt:
      *relation = RelationKey(stmt.delete_stmt().relation());
      return LockMode::kRowExclusive;
    case pg_query::Node::kInsertStmt:
      *relation = RelationKey(stmt.insert_stmt().relation());
      return LockMode::kRowExclusive;
    default:
      return LockMode::kNone;
  }
}

LockMode LockOf(const ParsedStatement& statement, std::string* relation) {
  relation->clear();
  if (statement.node == nullptr) return LockMode::kNone;
  LockMode ours = StatementLock(*statement.node, relation);
  if (statement.analysis != nullptr && !statement.analysis->kind.empty() &&
      statement.analysis->reversibility != Reversibility::kUnknown) {
    return statement.analysis->lock.lock;
  }
  return ours;
}

}  // namespace tidemark::analyzer::lint
