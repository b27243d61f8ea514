// The lock each statement takes and whether it rewrites or scans the table:
// one explicit table, from the measured PostgreSQL 15 figures in
// shared/pg15-locks.md (row numbers in the notes).

#include "analyzer/locks.h"

#include "analyzer/tree_util.h"

namespace tidemark::analyzer {
namespace {

using L = LockMode;

struct Effect {
  L lock;
  bool rewrites;
  bool scans;
  const char* note;
};

bool VolatileDefault(const pg_query::Node& expr) {
  // random(), gen_random_uuid(), clock_timestamp(), nextval(): rows get
  // different values, so PostgreSQL rewrites (pg15-locks #6-#8). now() and
  // constants are evaluated once (#2, #5).
  bool volatile_call = false;
  std::vector<const pg_query::Node*> stack{&expr};
  while (!stack.empty()) {
    const pg_query::Node* n = stack.back();
    stack.pop_back();
    if (n->has_func_call()) {
      const auto& names = n->func_call().funcname();
      std::string f = names.empty() ? "" : StringOf(names[names.size() - 1]);
      if (f != "now" && f != "current_timestamp" && f != "statement_timestamp" &&
          f != "transaction_timestamp" && f != "lower" && f != "upper" && f != "coalesce") {
        volatile_call = true;
      }
      for (const auto& a : n->func_call().args()) stack.push_back(&a);
    } else if (n->has_type_cast()) {
      stack.push_back(&n->type_cast().arg());
    }
  }
  return volatile_call;
}

bool SerialType(const pg_query::TypeName& t) {
  const auto& names = t.names();
  if (names.empty()) return false;
  std::string n = StringOf(names[names.size() - 1]);
  return n == "serial" || n == "bigserial" || n == "smallserial" || n == "serial2" ||
         n == "serial4" || n == "serial8";
}

Effect AddColumnEffect(const pg_query::ColumnDef& col, LockEffect* out) {
  Effect e{L::kAccessExclusive, false, false, "ADD COLUMN: catalog-only change (pg15-locks #1-#3)"};
  if (SerialType(col.type_name())) {
    return {L::kAccessExclusive, true, true, "ADD COLUMN serial rewrites the table (#9)"};
  }
  for (const auto& n : col.constraints()) {
    const auto& c = n.constraint();
    switch (c.contype()) {
      case pg_query::CONSTR_DEFAULT:
        if (VolatileDefault(c.raw_expr())) {
          e = {L::kAccessExclusive, true, true,
               "ADD COLUMN with a volatile default rewrites the table (#6-#8)"};
        }
        break;
      case pg_query::CONSTR_IDENTITY:
        return {L::kAccessExclusive, true, true,
                "ADD COLUMN ... IDENTITY rewrites the table (#10)"};
      case pg_query::CONSTR_GENERATED:
        return {L::kAccessExclusive, true, true,
                "ADD COLUMN ... GENERATED STORED rewrites the table (#11)"};
      case pg_query::CONSTR_CHECK:
        if (!e.rewrites)
          e = {L::kAccessExclusive, false, true, "ADD COLUMN with CHECK scans the table (#12)"};
        break;
      case pg_query::CONSTR_UNIQUE:
      case pg_query::CONSTR_PRIMARY:
        if (!e.rewrites)
          e = {L::kAccessExclusive, false, true, "ADD COLUMN ... UNIQUE builds an index (#14)"};
        break;
      case pg_query::CONSTR_FOREIGN:
        out->other_relations.emplace_back(NameOf(c.pktable()).Key(), L::kShareRowExclusive);
        break;
      default:
        break;
    }
  }
  return e;
}

Effect AlterCmdEffect(const pg_query::AlterTableCmd& cmd, LockEffect* out) {
  switch (cmd.subtype()) {
    case pg_query::AT_AddColumn:
      return AddColumnEffect(cmd.def().column_def(), out);
    case pg_query::AT_DropColumn:
      return {L::kAccessExclusive, false, false, "DROP COLUMN: catalog-only (#15)"};
    case pg_query::AT_AlterColumnType:
      return {L::kAccessExclusive, true, true,
              "ALTER COLUMN TYPE rewrites the table and its indexes unless the change is "
              "binary-compatible, e.g. varchar(n) to a longer varchar or text (#16-#23)"};
    case pg_query::AT_SetNotNull:
      return {L::kAccessExclusive, false, true, "SET NOT NULL scans the table to check (#24)"};
    case pg_query::AT_DropNotNull:
      return {L::kAccessExclusive, false, false, "DROP NOT NULL: catalog-only (#26)"};
    case pg_query::AT_ColumnDefault:
      return {L::kAccessExclusive, false, false, "SET/DROP DEFAULT: catalog-only (#27, #28)"};
    case pg_query::AT_SetStatistics:
    case pg_query::AT_SetOptions:
    case pg_query::AT_ResetOptions:
      return {L::kShareUpdateExclusive, false, false, "column statistics/options (#29, #30)"};
    case pg_query::AT_SetStorage:
    case pg_query::AT_SetCompression:
      return {L::kAccessExclusive, false, false, "SET STORAGE/COMPRESSION (#31, #32)"};
    case pg_query::AT_AddConstraint: {
      const auto& c = cmd.def().constraint();
      bool not_valid = c.skip_validation();
      switch (c.contype()) {
        case pg_query::CONSTR_CHECK:
          return {L::kAccessExclusive, false, !not_valid,
                  not_valid ? "ADD CHECK ... NOT VALID skips the scan (#34)"
                            : "ADD CHECK scans the table under ACCESS EXCLUSIVE (#33)"};
        case pg_query::CONSTR_FOREIGN:
          out->other_relations.emplace_back(NameOf(c.pktable()).Key(), L::kShareRowExclusive);
          return {L::kShareRowExclusive, false, !not_valid,
                  not_valid ? "ADD FOREIGN KEY ... NOT VALID skips the scan (#37)"
                            : "ADD FOREIGN KEY scans both tables (#36)"};
        case pg_query::CONSTR_UNIQUE:
        case pg_query::CONSTR_PRIMARY:
          if (!c.indexname().empty()) {
            return {L::kAccessExclusive, false, c.contype() == pg_query::CONSTR_PRIMARY,
                    "ADD CONSTRAINT ... USING INDEX reuses a built index (#40, #42)"};
          }
          return {L::kAccessExclusive, false, true,
                  "ADD UNIQUE/PRIMARY KEY builds an index under ACCESS EXCLUSIVE (#39, #41)"};
        case pg_query::CONSTR_EXCLUSION:
          return {L::kAccessExclusive, false, true, "ADD EXCLUDE builds an index (#43)"};
        default:
          return {L::kAccessExclusive, false, false, "ADD CONSTRAINT"};
      }
    }
    case pg_query::AT_ValidateConstraint:
      return {L::kShareUpdateExclusive, false, true,
              "VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE (#35, #38)"};
    case pg_query::AT_DropConstraint:
      return {L::kAccessExclusive, false, false,
              "DROP CONSTRAINT (a foreign key also locks the referenced table, #44, #45)"};
    case pg_query::AT_SetRelOptions:
    case pg_query::AT_ResetRelOptions:
      return {L::kShareUpdateExclusive, false, false, "SET (storage parameters) (#50, #51)"};
    case pg_query::AT_ClusterOn:
      return {L::kShareUpdateExclusive, false, false, "CLUSTER ON (#52)"};
    case pg_query::AT_EnableTrig:
    case pg_query::AT_DisableTrig:
    case pg_query::AT_EnableTrigAll:
    case pg_query::AT_DisableTrigAll:
    case pg_query::AT_EnableTrigUser:
    case pg_query::AT_DisableTrigUser:
    case pg_query::AT_EnableAlwaysTrig:
    case pg_query::AT_EnableReplicaTrig:
      return {L::kShareRowExclusive, false, false, "ENABLE/DISABLE TRIGGER (#53)"};
    case pg_query::AT_SetLogged:
    case pg_query::AT_SetUnLogged:
      return {L::kAccessExclusive, true, true, "SET LOGGED/UNLOGGED rewrites the table (#55)"};
    case pg_query::AT_SetAccessMethod:
      return {L::kAccessExclusive, false, false,
              "SET ACCESS METHOD (same method: no rewrite, #56)"};
    case pg_query::AT_AttachPartition:
      out->other_relations.emplace_back(NameOf(cmd.def().partition_cmd().name()).Key(),
                                        L::kAccessExclusive);
      return {L::kShareUpdateExclusive, false, true,
              "ATTACH PARTITION scans the partition to check its bounds (#59)"};
    case pg_query::AT_DetachPartition:
      if (cmd.def().partition_cmd().concurrent()) {
        return {
            L::kShareUpdateExclusive, false, false,
            "DETACH PARTITION CONCURRENTLY waits for running transactions; no transaction block"};
      }
      out->other_relations.emplace_back(NameOf(cmd.def().partition_cmd().name()).Key(),
                                        L::kAccessExclusive);
      return {L::kAccessExclusive, false, false, "DETACH PARTITION (#60)"};
    default:
      return {
          L::kAccessExclusive, false, false,
          "ALTER TABLE (ENABLE ROW LEVEL SECURITY, OWNER, REPLICA IDENTITY, ...: #54, #57, #58)"};
  }
}

}  // namespace

LockEffect LockEffectOf(const pg_query::Node& stmt) {
  LockEffect out;
  auto set = [&](const std::string& rel, Effect e) {
    out.relation = rel;
    out.lock = e.lock;
    out.rewrites = e.rewrites;
    out.scans = e.scans;
    out.note = e.note;
  };
  switch (stmt.node_case()) {
    case pg_query::Node::kAlterTableStmt: {
      const auto& a = stmt.alter_table_stmt();
      std::string rel = NameOf(a.relation()).Key();
      if (a.objtype() == pg_query::OBJECT_INDEX) {
        set(rel, {L::kShareUpdateExclusive, false, false, "ALTER INDEX (#66, #67)"});
        break;
      }
      bool first = true;
      std::vector<std::string> notes;
      for (const auto& n : a.cmds()) {
        if (!n.has_alter_table_cmd()) continue;
        Effect e = AlterCmdEffect(n.alter_table_cmd(), &out);
        if (first || e.lock > out.lock) out.lock = e.lock;
        out.rewrites = out.rewrites || e.rewrites;
        out.scans = out.scans || e.scans;
        notes.push_back(e.note);
        first = false;
      }
      out.relation = rel;
      for (size_t i = 0; i < notes.size(); ++i) out.note += (i ? "; " : "") + notes[i];
      break;
    }
    case pg_query::Node::kIndexStmt: {
      const auto& ix = stmt.index_stmt();
      if (ix.concurrent()) {
        set(NameOf(ix.relation()).Key(),
            {L::kShareUpdateExclusive, false, true,
             "CREATE INDEX CONCURRENTLY: writes continue; waits for running transactions"});
      } else {
        set(NameOf(ix.relation()).Key(),
            {L::kShare, false, true, "CREATE INDEX blocks writes while it builds (#61, #62)"});
      }
      break;
    }
    case pg_query::Node::kDropStmt: {
      const auto& d = stmt.drop_stmt();
      std::string rel;
      if (d.objects_size() > 0 && d.objects(0).has_list()) {
        rel = NameOfList(d.objects(0).list().items()).Key();
      }
      if (d.remove_type() == pg_query::OBJECT_INDEX && d.concurrent()) {
        set(rel, {L::kShareUpdateExclusive, false, false, "DROP INDEX CONCURRENTLY"});
      } else if (d.remove_type() == pg_query::OBJECT_TABLE ||
                 d.remove_type() == pg_query::OBJECT_INDEX ||
                 d.remove_type() == pg_query::OBJECT_VIEW ||
                 d.remove_type() == pg_query::OBJECT_MATVIEW ||
                 d.remove_type() == pg_query::OBJECT_SEQUENCE) {
        set(rel, {L::kAccessExclusive, false, false,
                  "DROP takes ACCESS EXCLUSIVE (tables referenced by its foreign keys too, #63, "
                  "#74, #75, #94, #95)"});
      } else if (d.remove_type() == pg_query::OBJECT_TRIGGER ||
                 d.remove_type() == pg_query::OBJECT_POLICY) {
        std::vector<std::string> parts = Strings(d.objects(0).list().items());
        parts.pop_back();
        QualName t;
        t.name = parts.empty() ? "" : parts.back();
        t.schema = parts.size() >= 2 ? parts[parts.size() - 2] : std::string(kDefaultSchema);
        set(t.Key(), {L::kAccessExclusive, false, false, "DROP TRIGGER/POLICY (#70)"});
      } else {
        set("", {L::kNone, false, false, "no table lock (#91)"});
      }
      break;
    }
    case pg_query::Node::kRenameStmt: {
      const auto& r = stmt.rename_stmt();
      std::string rel = r.has_relation() ? NameOf(r.relation()).Key() : "";
      if (r.rename_type() == pg_query::OBJECT_INDEX) {
        set(rel, {L::kShareUpdateExclusive, false, false, "ALTER INDEX RENAME (#66)"});
      } else if (rel.empty()) {
        set("", {L::kNone, false, false, "no table lock"});
      } else {
        set(rel, {L::kAccessExclusive, false, false, "RENAME takes ACCESS EXCLUSIVE (#46-#48)"});
      }
      break;
    }
    case pg_query::Node::kAlterObjectSchemaStmt: {
      const auto& s = stmt.alter_object_schema_stmt();
      set(s.has_relation() ? NameOf(s.relation()).Key() : "",
          {s.has_relation() ? L::kAccessExclusive : L::kNone, false, false, "SET SCHEMA (#49)"});
      break;
    }
    case pg_query::Node::kCreateStmt: {
      const auto& c = stmt.create_stmt();
      set(NameOf(c.relation()).Key(),
          {L::kAccessExclusive, false, false, "a new table (#71, #72)"});
      std::vector<const pg_query::Constraint*> fks;
      for (const auto& e : c.table_elts()) {
        if (e.has_constraint() && e.constraint().contype() == pg_query::CONSTR_FOREIGN) {
          fks.push_back(&e.constraint());
        }
        if (e.has_column_def()) {
          for (const auto& k : e.column_def().constraints()) {
            if (k.constraint().contype() == pg_query::CONSTR_FOREIGN)
              fks.push_back(&k.constraint());
          }
        }
      }
      for (const auto* fk : fks) {
        out.other_relations.emplace_back(NameOf(fk->pktable()).Key(), L::kShareRowExclusive);
      }
      break;
    }
    case pg_query::Node::kCreateTableAsStmt:
      set(NameOf(stmt.create_table_as_stmt().into().rel()).Key(),
          {L::kAccessExclusive, false, false, "a new relation; reads its query's tables"});
      break;
    case pg_query::Node::kViewStmt:
      set(NameOf(stmt.view_stmt().view()).Key(),
          {L::kAccessExclusive, false, false,
           "the view; ACCESS SHARE on the tables it reads (#73)"});
      break;
    case pg_query::Node::kCreateTrigStmt:
      set(NameOf(stmt.create_trig_stmt().relation()).Key(),
          {L::kShareRowExclusive, false, false, "CREATE TRIGGER (#69)"});
      break;
    case pg_query::Node::kCreatePolicyStmt:
      set(NameOf(stmt.create_policy_stmt().table()).Key(),
          {L::kAccessExclusive, false, false, "CREATE POLICY"});
      break;
    case pg_query::Node::kCreateStatsStmt:
      set("", {L::kShareUpdateExclusive, false, false, "CREATE STATISTICS (#68)"});
      break;
    case pg_query::Node::kCommentStmt:
      set("", {L::kShareUpdateExclusive, false, false, "COMMENT ON (#83, #84)"});
      break;
    case pg_query::Node::kTruncateStmt: {
      const auto& t = stmt.truncate_stmt();
      std::string rel = t.relations_size() > 0 && t.relations(0).has_range_var()
                            ? NameOf(t.relations(0).range_var()).Key()
                            : "";
      set(rel, {L::kAccessExclusive, true, false, "TRUNCATE swaps in new empty files (#76, #77)"});
      break;
    }
    case pg_query::Node::kDeleteStmt:
      set(NameOf(stmt.delete_stmt().relation()).Key(),
          {L::kRowExclusive, false, !stmt.delete_stmt().has_where_clause(), "DELETE (#78)"});
      break;
    case pg_query::Node::kUpdateStmt:
      set(NameOf(stmt.update_stmt().relation()).Key(),
          {L::kRowExclusive, false, !stmt.update_stmt().has_where_clause(), "UPDATE (#79)"});
      break;
    case pg_query::Node::kInsertStmt:
      set(NameOf(stmt.insert_stmt().relation()).Key(), {L::kRowExclusive, false, false, "INSERT"});
      break;
    case pg_query::Node::kClusterStmt:
      set(stmt.cluster_stmt().has_relation() ? NameOf(stmt.cluster_stmt().relation()).Key() : "",
          {L::kAccessExclusive, true, true, "CLUSTER rewrites the table (#80)"});
      break;
    case pg_query::Node::kVacuumStmt: {
      const auto& v = stmt.vacuum_stmt();
      bool full = false;
      for (const auto& o : v.options())
        full = full || (o.has_def_elem() && o.def_elem().defname() == "full");
      std::string rel;
      if (v.rels_size() > 0 && v.rels(0).has_vacuum_relation()) {
        rel = NameOf(v.rels(0).vacuum_relation().relation()).Key();
      }
      if (!v.is_vacuumcmd()) {
        set(rel, {L::kShareUpdateExclusive, false, false, "ANALYZE (#87)"});
      } else if (full) {
        set(rel, {L::kAccessExclusive, true, true, "VACUUM FULL rewrites the table"});
      } else {
        set(rel, {L::kShareUpdateExclusive, false, true, "VACUUM"});
      }
      break;
    }
    case pg_query::Node::kReindexStmt: {
      const auto& r = stmt.reindex_stmt();
      bool concurrently = false;
      for (const auto& p : r.params()) {
        concurrently =
            concurrently || (p.has_def_elem() && p.def_elem().defname() == "concurrently");
      }
      set(r.has_relation() ? NameOf(r.relation()).Key() : r.name(),
          concurrently ? Effect{L::kShareUpdateExclusive, true, true,
                                "REINDEX CONCURRENTLY rebuilds indexes"}
                       : Effect{L::kShare, true, true,
                                "REINDEX rebuilds indexes, blocking writes (#64, #65)"});
      break;
    }
    case pg_query::Node::kRefreshMatViewStmt: {
      const auto& r = stmt.refresh_mat_view_stmt();
      set(NameOf(r.relation()).Key(),
          r.concurrent()
              ? Effect{L::kExclusive, false, true, "REFRESH ... CONCURRENTLY (#82)"}
              : Effect{L::kAccessExclusive, true, true, "REFRESH MATERIALIZED VIEW (#81)"});
      break;
    }
    case pg_query::Node::kLockStmt: {
      const auto& l = stmt.lock_stmt();
      std::string rel = l.relations_size() > 0 && l.relations(0).has_range_var()
                            ? NameOf(l.relations(0).range_var()).Key()
                            : "";
      int mode = l.mode();  // PostgreSQL's lock numbers 1..8
      L lock = mode >= 1 && mode <= 8 ? static_cast<L>(mode) : L::kAccessExclusive;
      set(rel, {lock, false, false, "LOCK TABLE (#86)"});
      break;
    }
    case pg_query::Node::kAlterSeqStmt:
      set(NameOf(stmt.alter_seq_stmt().sequence()).Key(),
          {L::kShareRowExclusive, false, false, "ALTER SEQUENCE (#92)"});
      break;
    case pg_query::Node::kAlterEnumStmt:
      set("", {L::kNone, false, false, "no table lock; an exclusive lock on the type (#89, #90)"});
      break;
    default:
      set("", {L::kNone, false, false, ""});
      break;
  }
  return out;
}

}  // namespace tidemark::analyzer
