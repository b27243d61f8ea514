#include <algorithm>

#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"
#include "analyzer/type_conversion.h"

namespace tidemark::analyzer {
namespace {

using Class = Reversibility;

struct Step {
  Class cls = Class::kReversible;
  std::string reason;
  std::vector<DownPart> down;
};

Step StepOf(Class cls, std::string reason, std::vector<DownPart> down = {}) {
  return Step{cls, std::move(reason), std::move(down)};
}

// NOT NULL as PostgreSQL has it: declared, or implied by serial or identity.
bool IsNotNull(const pg_query::ColumnDef& col) {
  if (col.is_not_null() || !SerialBaseType(col.type_name()).empty()) return true;
  for (const auto& n : col.constraints()) {
    auto type = n.constraint().contype();
    if (type == pg_query::CONSTR_NOTNULL || type == pg_query::CONSTR_IDENTITY) return true;
  }
  return false;
}

const pg_query::Node* DefaultOf(const pg_query::ColumnDef& col) {
  for (const auto& n : col.constraints()) {
    if (n.constraint().contype() == pg_query::CONSTR_DEFAULT) return &n.constraint().raw_expr();
  }
  return nullptr;
}

// A primary key makes its columns NOT NULL, and dropping it leaves them so:
// the Down of adding one makes the columns that were nullable nullable again.
template <class Text>
void DropImpliedNotNull(const TableDef& table, const std::vector<std::string>& keys,
                        std::vector<DownPart>* down, const Text& text) {
  for (const auto& key : keys) {
    const pg_query::ColumnDef* col = table.FindColumn(key);
    if (col == nullptr || IsNotNull(*col) || table.InPrimaryKey(key)) continue;
    down->push_back(text("ALTER COLUMN " + Quote(key) + " DROP NOT NULL"));
  }
}

Step ReverseCommand(const ReverseContext& ctx, const QualName& name, const TableDef* table,
                    const pg_query::AlterTableCmd& cmd) {
  const std::string alter = "ALTER TABLE " + name.Sql() + " ";
  const std::string& col = cmd.name();
  const pg_query::ColumnDef* known = table != nullptr ? table->FindColumn(col) : nullptr;
  auto text = [&](const std::string& rest) {
    return TextPart(alter + rest, pg_query::Node::kAlterTableStmt);
  };
  switch (cmd.subtype()) {
    case pg_query::AT_AddColumn: {
      const auto& def = cmd.def().column_def();
      if (cmd.missing_ok() && table != nullptr && table->FindColumn(def.colname()) != nullptr) {
        return StepOf(Class::kConditional, "column " + def.colname() +
                                               " already exists, so ADD COLUMN IF NOT EXISTS "
                                               "is a no-op; nothing to undo");
      }
      std::vector<DownPart> d{text("DROP COLUMN " + Quote(def.colname()))};
      if (cmd.missing_ok()) {
        return StepOf(Class::kConditional,
                      "DROP COLUMN undoes it, assuming " + def.colname() + " did not exist before",
                      std::move(d));
      }
      return StepOf(Class::kReversible, "DROP COLUMN removes the new column", std::move(d));
    }
    case pg_query::AT_DropColumn: {
      if (cmd.behavior() == pg_query::DROP_CASCADE) {
        return StepOf(Class::kIrreversible,
                      "DROP COLUMN ... CASCADE also drops unknown dependents; its data is lost");
      }
      if (table == nullptr || !table->modelled || known == nullptr) {
        if (cmd.missing_ok()) {
          return StepOf(Class::kUnknown, "column " + col +
                                             " is not known from earlier migrations; "
                                             "re-add it by hand if it existed");
        }
        return StepOf(Class::kUnknown, "column " + col +
                                           " is not known from earlier migrations; its "
                                           "definition is needed to re-add it");
      }
      return StepOf(Class::kNeedsHistory,
                    "re-adds column " + col +
                        " from its earlier definition (type, default, constraints); its data is "
                        "lost",
                    RecreateColumn(ctx.catalog, *table, name, col));
    }
    case pg_query::AT_ColumnDefault: {
      if (known == nullptr) {
        return StepOf(Class::kUnknown, "column " + col +
                                           " is not known from earlier migrations; its old "
                                           "default is needed");
      }
      const pg_query::Node* old = DefaultOf(*known);
      if (old == nullptr) {
        return StepOf(Class::kNeedsHistory,
                      "column " + col + " had no default before; DROP DEFAULT restores that",
                      {text("ALTER COLUMN " + Quote(col) + " DROP DEFAULT")});
      }
      pg_query::Node stmt = Template("ALTER TABLE x ALTER COLUMN y SET DEFAULT 0");
      auto* a = stmt.mutable_alter_table_stmt();
      *a->mutable_relation() = MakeRangeVar(name);
      auto* c = a->mutable_cmds(0)->mutable_alter_table_cmd();
      c->set_name(col);
      *c->mutable_def() = *old;
      return StepOf(Class::kNeedsHistory, "restores column " + col + "'s earlier default",
                    {TreePart(stmt)});
    }
    case pg_query::AT_SetNotNull: {
      if (known != nullptr && (IsNotNull(*known) || table->InPrimaryKey(col))) {
        return StepOf(Class::kReversible,
                      "column " + col + " was already NOT NULL; nothing to undo");
      }
      std::vector<DownPart> d{text("ALTER COLUMN " + Quote(col) + " DROP NOT NULL")};
      if (known != nullptr) {
        return StepOf(Class::kReversible, "DROP NOT NULL makes " + col + " nullable again",
                      std::move(d));
      }
      return StepOf(Class::kConditional,
                    "DROP NOT NULL undoes it, assuming " + col + " was nullable before",
                    std::move(d));
    }
    case pg_query::AT_DropNotNull: {
      if (known != nullptr && !IsNotNull(*known)) {
        return StepOf(Class::kReversible,
                      "column " + col + " was already nullable; nothing to undo");
      }
      return StepOf(Class::kConditional,
                    "SET NOT NULL undoes it, but fails if NULLs were written meanwhile",
                    {text("ALTER COLUMN " + Quote(col) + " SET NOT NULL")});
    }
    case pg_query::AT_AlterColumnType: {
      if (known == nullptr) {
        return StepOf(Class::kUnknown, "column " + col +
                                           " is not known from earlier migrations; its old "
                                           "type is needed");
      }
      const pg_query::ColumnDef& target = cmd.def().column_def();
      if (target.has_raw_default() && !PlainConversion(target.raw_default(), col)) {
        return StepOf(Class::kUnknown, "the Up converts column " + col +
                                           " with a USING expression that tidemark cannot "
                                           "invert; write its Down by hand");
      }
      pg_query::TypeName old = StoredType(known->type_name());
      Conversion back = ConvertColumn(target.type_name(), old);
      std::string old_display = TypeDisplay(old);
      if (back.effect == ValueEffect::kNoCast) {
        return StepOf(Class::kUnknown,
                      back.reason + ": write the Down of column " + col + " by hand");
      }
      if (back.needs_using && known->has_coll_clause()) {
        // The deparser would print COLLATE after USING, where it binds to the
        // expression and not to the column.
        return StepOf(Class::kUnknown, "changing column " + col + " back to " + old_display +
                                           " needs both USING and COLLATE; write its Down by "
                                           "hand");
      }
      pg_query::Node stmt = Template("ALTER TABLE x ALTER COLUMN y TYPE int USING y::int");
      auto* a = stmt.mutable_alter_table_stmt();
      *a->mutable_relation() = MakeRangeVar(name);
      auto* c = a->mutable_cmds(0)->mutable_alter_table_cmd();
      c->set_name(col);
      auto* cd = c->mutable_def()->mutable_column_def();
      *cd->mutable_type_name() = old;
      if (back.needs_using) {
        // USING col::type without its length or precision: the assignment
        // coercion that follows rejects what does not fit, where an explicit
        // cast to varchar(n) or bit(n) would cut it silently.
        auto* cast = cd->mutable_raw_default()->mutable_type_cast();
        cast->mutable_arg()->mutable_column_ref()->mutable_fields(0)->mutable_string()->set_sval(
            col);
        *cast->mutable_type_name() = old;
        cast->mutable_type_name()->clear_typmods();
      } else {
        cd->clear_raw_default();  // PostgreSQL's assignment cast
      }
      if (known->has_coll_clause()) *cd->mutable_coll_clause() = known->coll_clause();
      std::string what = "changes column " + col + " back to its earlier type " + old_display;
      switch (back.effect) {
        case ValueEffect::kExact:
          return StepOf(Class::kNeedsHistory, what + "; every value converts back",
                        {TreePart(stmt)});
        case ValueEffect::kMayFail:
          return StepOf(Class::kNeedsHistory, what + "; " + back.reason, {TreePart(stmt)});
        case ValueEffect::kLossy:
          return StepOf(Class::kConditional,
                        what + ", which " + back.loss + " without an error" +
                            (back.failure.empty() ? "" : "; " + back.failure),
                        {TreePart(stmt)});
        default:
          return StepOf(Class::kConditional,
                        what + "; " + back.reason + ", so values may fail to convert or change",
                        {TreePart(stmt)});
      }
    }
    case pg_query::AT_AddConstraint: {
      const auto& c = cmd.def().constraint();
      std::string con = c.conname();
      bool computed = false;
      if (!c.indexname().empty()) {
        const ObjectDef* ix =
            ctx.catalog.FindIndex(QualName{name.schema, c.indexname(), name.explicit_schema});
        if (ix == nullptr) {
          return StepOf(Class::kUnknown, "index " + c.indexname() +
                                             " is not known from earlier migrations; dropping "
                                             "the constraint would drop the index too");
        }
        if (con.empty()) con = c.indexname();
        std::vector<DownPart> d{text("DROP CONSTRAINT " + Quote(con)), CreateIndexPart(*ix, false)};
        std::vector<std::string> keys;
        for (const auto& p : ix->stmt.index_stmt().index_params()) {
          keys.push_back(p.index_elem().name());
        }
        if (c.contype() == pg_query::CONSTR_PRIMARY && table == nullptr) {
          return StepOf(Class::kConditional,
                        "drops the constraint (and its index) and recreates index " +
                            c.indexname() + ", assuming its columns were NOT NULL before",
                        std::move(d));
        }
        if (c.contype() == pg_query::CONSTR_PRIMARY) DropImpliedNotNull(*table, keys, &d, text);
        return StepOf(Class::kNeedsHistory,
                      "drops the constraint (and its index) and recreates index " + c.indexname(),
                      std::move(d));
      }
      if (con.empty()) {
        if (table == nullptr) {
          return StepOf(Class::kUnknown, "the constraint is unnamed and table " + name.name +
                                             " is not known, so its default name is unknown");
        }
        if (!table->modelled) {
          return StepOf(Class::kUnknown, "the constraint is unnamed and table " + name.name +
                                             " holds constraints and indexes tidemark cannot "
                                             "name (" +
                                             table->why_opaque +
                                             "), so its default name is unknown");
        }
        con = DefaultConstraintName(ctx.catalog, *table, c, {});
        computed = true;
      }
      std::vector<DownPart> d{text("DROP CONSTRAINT " + Quote(con))};
      bool primary = c.contype() == pg_query::CONSTR_PRIMARY;
      if (primary && table == nullptr) {
        return StepOf(Class::kConditional,
                      "DROP CONSTRAINT removes the new primary key, assuming its columns were NOT "
                      "NULL before (PostgreSQL leaves them NOT NULL)",
                      std::move(d));
      }
      if (primary) DropImpliedNotNull(*table, Strings(c.keys()), &d, text);
      if (computed) {
        return StepOf(
            Class::kConditional,
            "the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name " + con,
            std::move(d));
      }
      return StepOf(Class::kReversible, "DROP CONSTRAINT removes the new constraint", std::move(d));
    }
    case pg_query::AT_DropConstraint: {
      if (cmd.behavior() == pg_query::DROP_CASCADE) {
        return StepOf(Class::kIrreversible,
                      "DROP CONSTRAINT ... CASCADE also drops unknown dependents");
      }
      const pg_query::Constraint* c = table != nullptr ? table->FindConstraint(col) : nullptr;
      if (c == nullptr) {
        return StepOf(Class::kUnknown, "constraint " + col +
                                           " is not known from earlier migrations; its "
                                           "definition is needed to re-add it");
      }
      std::vector<DownPart> d{AddConstraintPart(name, *c)};
      if (auto text = ctx.catalog.Comment("CONSTRAINT " + table->name.Key() + "/" + col)) {
        d.push_back(TextPart("COMMENT ON CONSTRAINT " + Quote(col) + " ON " + name.Sql() + " IS " +
                                 QuoteLiteral(*text),
                             pg_query::Node::kCommentStmt));
      }
      return StepOf(Class::kNeedsHistory,
                    "re-adds constraint " + col + " from its earlier definition", std::move(d));
    }
    case pg_query::AT_ValidateConstraint: {
      const pg_query::Constraint* c = table != nullptr ? table->FindConstraint(col) : nullptr;
      if (c == nullptr) {
        return StepOf(Class::kUnknown,
                      "constraint " + col + " is not known from earlier migrations");
      }
      if (c->initially_valid() && !c->skip_validation()) {
        return StepOf(Class::kReversible,
                      "constraint " + col + " was already valid; nothing to undo");
      }
      return StepOf(Class::kNeedsHistory,
                    "re-adds constraint " + col + " as NOT VALID (PostgreSQL cannot un-validate)",
                    {text("DROP CONSTRAINT " + Quote(col)), AddConstraintPart(name, *c)});
    }
    case pg_query::AT_EnableRowSecurity:
    case pg_query::AT_DisableRowSecurity:
    case pg_query::AT_ForceRowSecurity:
    case pg_query::AT_NoForceRowSecurity: {
      bool enable = cmd.subtype() == pg_query::AT_EnableRowSecurity ||
                    cmd.subtype() == pg_query::AT_ForceRowSecurity;
      bool force = cmd.subtype() == pg_query::AT_ForceRowSecurity ||
                   cmd.subtype() == pg_query::AT_NoForceRowSecurity;
      std::string what = force ? "FORCE ROW LEVEL SECURITY" : "ROW LEVEL SECURITY";
      std::string undo =
          force ? (enable ? "NO FORCE ROW LEVEL SECURITY" : "FORCE ROW LEVEL SECURITY")
                : (enable ? "DISABLE ROW LEVEL SECURITY" : "ENABLE ROW LEVEL SECURITY");
      if (table != nullptr) {
        bool before = force ? table->force_row_security : table->row_security;
        if (before == enable) {
          return StepOf(Class::kReversible, what + " was already in that state; nothing to undo");
        }
        return StepOf(Class::kReversible, undo + " restores the earlier state", {text(undo)});
      }
      return StepOf(Class::kConditional, undo + " undoes it, assuming the opposite state before",
                    {text(undo)});
    }
    case pg_query::AT_EnableTrig:
    case pg_query::AT_DisableTrig:
    case pg_query::AT_EnableAlwaysTrig:
    case pg_query::AT_EnableReplicaTrig: {
      char mode = TriggerModeOf(cmd.subtype());
      const ObjectDef* trig =
          table != nullptr ? ctx.catalog.FindTrigger(table->name, col) : nullptr;
      if (trig != nullptr) {
        if (trig->trigger_mode == mode) {
          return StepOf(Class::kReversible,
                        "trigger " + col + " was already in that state; nothing to undo");
        }
        std::string undo = TriggerModeAction(trig->trigger_mode) + " " + Quote(col);
        return StepOf(Class::kReversible, undo + " restores the earlier state", {text(undo)});
      }
      if (mode == 'A' || mode == 'R') {
        return StepOf(Class::kUnknown, "trigger " + col +
                                           " is not known from earlier migrations, so its "
                                           "earlier mode (enabled or disabled) is unknown");
      }
      std::string undo = (mode == 'O' ? "DISABLE TRIGGER " : "ENABLE TRIGGER ") + Quote(col);
      return StepOf(Class::kConditional, undo + " undoes it, assuming the opposite state before",
                    {text(undo)});
    }
    case pg_query::AT_AttachPartition: {
      const auto& pc = cmd.def().partition_cmd();
      QualName part = NameOf(pc.name());
      if (table == nullptr) {
        return StepOf(Class::kConditional,
                      "DETACH PARTITION undoes it, assuming " + name.name +
                          " has no indexes or keys that ATTACH copies onto " + part.name +
                          " (DETACH leaves them)",
                      {text("DETACH PARTITION " + part.Sql())});
      }
      std::string copied = ctx.catalog.ConstraintAttachCopies(table->name);
      if (!copied.empty()) {
        return StepOf(Class::kUnknown, "ATTACH PARTITION copies constraint " + copied + " of " +
                                           name.name + " onto " + part.name +
                                           ", and DETACH leaves the copy; write the Down "
                                           "(DETACH, then drop the copy) by hand");
      }
      std::vector<DownPart> d{text("DETACH PARTITION " + part.Sql())};
      std::string made;
      for (const auto& [ix, index] : ctx.catalog.IndexesAttachCreates(table->name, part)) {
        if (index.back() == '_') {
          return StepOf(Class::kUnknown,
                        "ATTACH PARTITION creates indexes on " + part.name +
                            " whose names tidemark cannot tell apart; write the Down by hand");
        }
        QualName iname{part.schema, index, part.explicit_schema};
        d.push_back(TextPart("DROP INDEX " + iname.Sql(), pg_query::Node::kDropStmt));
        made += (made.empty() ? "" : ", ") + index;
      }
      if (!made.empty()) {
        return StepOf(Class::kConditional,
                      "DETACH PARTITION undoes it, and DROP INDEX removes the indexes ATTACH "
                      "created on " +
                          part.name + " (PostgreSQL's default names " + made + ")",
                      std::move(d));
      }
      return StepOf(Class::kReversible, "DETACH PARTITION undoes it", std::move(d));
    }
    case pg_query::AT_SetStatistics:
    case pg_query::AT_SetStorage:
    case pg_query::AT_SetCompression:
    case pg_query::AT_SetOptions:
    case pg_query::AT_ResetOptions:
    case pg_query::AT_SetRelOptions:
    case pg_query::AT_ResetRelOptions:
    case pg_query::AT_ChangeOwner:
    case pg_query::AT_ReplicaIdentity:
    case pg_query::AT_ClusterOn:
    case pg_query::AT_SetLogged:
    case pg_query::AT_SetUnLogged:
    case pg_query::AT_SetTableSpace:
    case pg_query::AT_SetAccessMethod:
      return StepOf(Class::kUnknown,
                    "tidemark does not track the earlier setting this changes; write its Down by "
                    "hand");
    case pg_query::AT_DetachPartition: {
      QualName part = NameOf(cmd.def().partition_cmd().name());
      if (cmd.def().partition_cmd().concurrent()) {
        return StepOf(
            Class::kUnknown,
            "DETACH ... CONCURRENTLY also adds a CHECK constraint copying the bounds to " +
                part.name + "; write its Down (ATTACH, DROP CONSTRAINT) by hand");
      }
      const TableDef* child = ctx.catalog.FindTable(part);
      if (child == nullptr || !child->create.has_partbound()) {
        return StepOf(Class::kUnknown,
                      "the bounds of partition " + part.name +
                          " are not known from earlier migrations; write ATTACH PARTITION by hand");
      }
      pg_query::Node stmt = Template("ALTER TABLE p ATTACH PARTITION c FOR VALUES FROM (1) TO (2)");
      auto* a = stmt.mutable_alter_table_stmt();
      *a->mutable_relation() = MakeRangeVar(name);
      auto* pc =
          a->mutable_cmds(0)->mutable_alter_table_cmd()->mutable_def()->mutable_partition_cmd();
      *pc->mutable_name() = MakeRangeVar(part);
      *pc->mutable_bound() = child->create.partbound();
      return StepOf(Class::kNeedsHistory,
                    "re-attaches partition " + part.name + " with its earlier bounds",
                    {TreePart(stmt)});
    }
    default:
      return StepOf(Class::kUnknown,
                    "tidemark does not model this ALTER TABLE subcommand yet; write its Down by "
                    "hand");
  }
}

int Rank(Class c) {
  switch (c) {
    case Class::kReversible:
      return 0;
    case Class::kConditional:
      return 1;
    case Class::kNeedsHistory:
      return 2;
    case Class::kUnknown:
      return 3;
    case Class::kIrreversible:
      return 4;
  }
  return 3;
}

}  // namespace

Reversal ReverseAlterTable(const ReverseContext& ctx) {
  const auto& stmt = ctx.stmt.alter_table_stmt();
  QualName name = NameOf(stmt.relation());
  if (stmt.objtype() != pg_query::OBJECT_TABLE) {
    return Unknown(std::string("tidemark does not model ALTER ") + ObjectTypeName(stmt.objtype()) +
                   " yet; write its Down by hand");
  }
  const TableDef* table = ctx.catalog.FindTable(name);
  std::vector<Step> steps;
  for (const auto& node : stmt.cmds()) {
    if (!node.has_alter_table_cmd()) continue;
    steps.push_back(ReverseCommand(ctx, name, table, node.alter_table_cmd()));
  }
  if (steps.empty()) return Unknown("empty ALTER TABLE");
  // The worst step decides; Downs of the steps run in reverse order.
  size_t worst = 0;
  for (size_t i = 1; i < steps.size(); ++i) {
    if (Rank(steps[i].cls) > Rank(steps[worst].cls)) worst = i;
  }
  std::vector<DownPart> down;
  for (size_t i = steps.size(); i-- > 0;) {
    if (steps[i].down.empty() && Rank(steps[i].cls) >= 3) {
      down.push_back(MissingPart(steps[i].reason));
    }
    for (auto& p : steps[i].down) down.push_back(std::move(p));
  }
  std::string reason = steps[worst].reason;
  // A conditional step's assumption (a type revert that rounds, say) must
  // not hide behind a worse class's reason.
  for (size_t i = 0; i < steps.size(); ++i) {
    if (i != worst && steps[i].cls == Class::kConditional) reason += "; " + steps[i].reason;
  }
  if (steps.size() > 1) reason += " (" + std::to_string(steps.size()) + " subcommands)";
  if (Rank(steps[worst].cls) >= 3) {
    Reversal r;
    r.reversibility = steps[worst].cls;
    r.reason = reason;
    r.down = std::move(down);
    return r;
  }
  return Make(steps[worst].cls, reason, std::move(down));
}

}  // namespace tidemark::analyzer
