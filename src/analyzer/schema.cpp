#include "analyzer/schema.h"

#include <algorithm>
#include <optional>
#include <string>

#include "analyzer/differ.h"
#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"
#include "analyzer/tree_walk.h"
#include "parser/pg_lexer.h"

namespace tidemark::analyzer {
namespace {

// `SELECT pg_catalog.set_config(...)`, as pg_dump writes it.
bool IsSetConfig(const pg_query::SelectStmt& select) {
  if (select.target_list_size() != 1 || select.from_clause_size() != 0) return false;
  const pg_query::Node& val = select.target_list(0).res_target().val();
  if (!val.has_func_call()) return false;
  std::vector<std::string> name = Strings(val.func_call().funcname());
  return !name.empty() && name.back() == "set_config";
}

bool OnlyChangesOwner(const pg_query::AlterTableStmt& alter) {
  return std::all_of(alter.cmds().begin(), alter.cmds().end(), [](const pg_query::Node& c) {
    return c.alter_table_cmd().subtype() == pg_query::AT_ChangeOwner;
  });
}

// ENABLE / DISABLE TRIGGER: applied once the triggers exist.
bool OnlyTriggerStates(const pg_query::AlterTableStmt& alter) {
  return std::all_of(alter.cmds().begin(), alter.cmds().end(), [](const pg_query::Node& c) {
    switch (c.alter_table_cmd().subtype()) {
      case pg_query::AT_EnableTrig:
      case pg_query::AT_EnableAlwaysTrig:
      case pg_query::AT_EnableReplicaTrig:
      case pg_query::AT_DisableTrig:
        return true;
      default:
        return false;
    }
  });
}

// Where a declaration goes in the order of application; nullopt: skipped
// (settings, ownership); -1: not a declaration.
std::optional<int> Rank(const pg_query::Node& stmt) {
  switch (stmt.node_case()) {
    case pg_query::Node::kCreateSchemaStmt:
      return 0;
    case pg_query::Node::kCreateExtensionStmt:
      return 1;
    case pg_query::Node::kCreateEnumStmt:
    case pg_query::Node::kCompositeTypeStmt:
    case pg_query::Node::kCreateDomainStmt:
    case pg_query::Node::kCreateRangeStmt:
      return 2;
    case pg_query::Node::kAlterEnumStmt:
      return 3;
    case pg_query::Node::kCreateSeqStmt:
      return 4;
    case pg_query::Node::kCreateFunctionStmt:
      return 5;
    case pg_query::Node::kCreateStmt: {
      const auto& create = stmt.create_stmt();
      return create.inh_relations_size() > 0 || create.has_partbound() ? 7 : 6;
    }
    case pg_query::Node::kAlterTableStmt:
      if (OnlyChangesOwner(stmt.alter_table_stmt())) return std::nullopt;
      if (OnlyTriggerStates(stmt.alter_table_stmt())) return 12;
      return 8;
    case pg_query::Node::kIndexStmt:
      return 9;
    case pg_query::Node::kCreateTrigStmt:
    case pg_query::Node::kCreatePolicyStmt:
    case pg_query::Node::kRuleStmt:
    case pg_query::Node::kCreateStatsStmt:
      return 10;
    case pg_query::Node::kViewStmt:
      return 11;
    case pg_query::Node::kCreateTableAsStmt:
      if (stmt.create_table_as_stmt().objtype() == pg_query::OBJECT_MATVIEW) return 11;
      return -1;
    case pg_query::Node::kCommentStmt:
      return 13;
    case pg_query::Node::kGrantStmt:
    case pg_query::Node::kGrantRoleStmt:
      return 14;
    case pg_query::Node::kVariableSetStmt:
    case pg_query::Node::kTransactionStmt:
    case pg_query::Node::kAlterOwnerStmt:
    case pg_query::Node::kAlterSeqStmt:  // pg_dump's OWNED BY: serial columns are modelled
    case pg_query::Node::kAlterDefaultPrivilegesStmt:
      return std::nullopt;
    case pg_query::Node::kSelectStmt:
      if (IsSetConfig(stmt.select_stmt())) return std::nullopt;
      return -1;
    default:
      return -1;
  }
}

struct Declaration {
  int rank;
  const pg_query::Node* stmt;
  const parser::Statement* statement;
};

// The old name of a rename hint comment ("" when `comment` is none): an
// identifier, folded to lower case unless it is quoted.
std::optional<std::string> HintedName(std::string_view comment) {
  comment.remove_prefix(2);  // "--"
  auto skip_space = [&comment] {
    while (!comment.empty() && (comment.front() == ' ' || comment.front() == '\t')) {
      comment.remove_prefix(1);
    }
  };
  skip_space();
  bool ours = comment.substr(0, 21) == "tidemark:renamed-from";
  bool flux = comment.substr(0, 8) == "@renamed";
  if (!ours && !flux) return std::nullopt;
  comment.remove_prefix(ours ? 21 : 8);
  skip_space();
  if (flux) {
    if (comment.substr(0, 5) != "from=") return "";
    comment.remove_prefix(5);
  }
  std::string name;
  if (!comment.empty() && comment.front() == '"') {
    for (size_t i = 1; i < comment.size(); ++i) {
      if (comment[i] != '"') {
        name += comment[i];
      } else if (i + 1 < comment.size() && comment[i + 1] == '"') {
        name += '"';
        ++i;
      } else {
        return name;
      }
    }
    return "";
  }
  for (char c : comment) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '_' || c == '$' || static_cast<unsigned char>(c) >= 0x80;
    if (!word) break;
    name += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return name;
}

// The rename hints of one schema file, tied to the table or column they
// stand by.
void ReadRenameHints(const parser::MigrationFile& file, std::vector<RenameHint>* renames,
                     std::vector<parser::Diagnostic>* diagnostics) {
  const std::string& text = file.source.text();
  parser::ScanOutcome scan = parser::Scan(text);
  const auto& statements = file.up.statements;
  for (const parser::Token& token : scan.tokens) {
    if (token.kind != parser::TokenKind::kComment || text.compare(token.begin, 2, "--") != 0) {
      continue;
    }
    std::optional<std::string> from =
        HintedName(std::string_view(text).substr(token.begin, token.end - token.begin));
    if (!from) continue;
    parser::Position pos = file.source.PositionAt(token.begin);
    auto warn = [&](const std::string& message) {
      diagnostics->push_back(
          parser::Diagnostic{file.path(), pos, parser::Severity::kWarning, "rename-hint", message});
    };
    if (from->empty()) {
      warn("a rename hint names the old name: -- tidemark:renamed-from OLD_NAME");
      continue;
    }
    // The statement the comment is in, or else the one after it.
    const parser::Statement* st = nullptr;
    for (const auto& s : statements) {
      if (s.end > token.begin) {
        st = &s;
        break;
      }
    }
    const pg_query::Node* stmt = nullptr;
    if (st != nullptr && st->parsed && st->tree().ok() && st->tree().size() == 1 &&
        st->tree().stmt(0).has_create_stmt()) {
      stmt = &st->tree().stmt(0);
    }
    if (stmt == nullptr) {
      warn(
          "a rename hint stands above a CREATE TABLE or by one of its columns; this one is "
          "not read");
      continue;
    }
    RenameHint hint{NameOf(stmt->create_stmt().relation()), "", *from};
    if (st->begin > token.begin) {
      renames->push_back(std::move(hint));
      continue;
    }
    // A column: the one whose line the comment ends, else the next one.
    const pg_query::ColumnDef* same_line = nullptr;
    const pg_query::ColumnDef* next = nullptr;
    for (const auto& element : stmt->create_stmt().table_elts()) {
      if (!element.has_column_def()) continue;
      size_t at = st->begin + static_cast<size_t>(element.column_def().location());
      if (at < token.begin && file.source.PositionAt(at).line == pos.line) {
        same_line = &element.column_def();
      }
      if (at > token.begin && next == nullptr) next = &element.column_def();
    }
    const pg_query::ColumnDef* column = same_line != nullptr ? same_line : next;
    if (column == nullptr) {
      warn("a rename hint inside CREATE TABLE stands by a column; this one is not read");
      continue;
    }
    hint.column = column->colname();
    renames->push_back(std::move(hint));
  }
}

// A sequence pg_dump declares for a serial column: only the type it is of,
// and PostgreSQL's defaults otherwise.
bool PlainSerialSequence(const ObjectDef& seq, std::string* type) {
  for (const auto& o : seq.stmt.create_seq_stmt().options()) {
    const auto& d = o.def_elem();
    const std::string& n = d.defname();
    int64_t value = d.has_arg() && d.arg().has_integer() ? d.arg().integer().ival() : -1;
    if (n == "as" && d.has_arg() && d.arg().has_type_name()) {
      std::vector<std::string> names = Strings(d.arg().type_name().names());
      *type = names.empty() ? "" : names.back();
    } else if (!((n == "start" && value == 1) || (n == "increment" && value == 1) ||
                 ((n == "minvalue" || n == "maxvalue") && !d.has_arg()) ||
                 (n == "cache" && value == 1))) {
      return false;
    }
  }
  return true;
}

// pg_dump writes a serial column as an integer column, a sequence OWNED BY
// it and a nextval() default: folded back into the serial column that
// migrations declare, so that both read the same.
void FoldSerials(const std::vector<parser::MigrationFile>& files, Catalog* catalog) {
  for (const auto& file : files) {
    for (const auto& st : file.up.statements) {
      if (!st.parsed || !st.tree().ok() || st.tree().size() != 1 ||
          !st.tree().stmt(0).has_alter_seq_stmt()) {
        continue;
      }
      const auto& alter = st.tree().stmt(0).alter_seq_stmt();
      QualName seq_name = NameOf(alter.sequence());
      for (const auto& o : alter.options()) {
        if (o.def_elem().defname() != "owned_by" || !o.def_elem().arg().has_list()) continue;
        std::vector<std::string> owner = Strings(o.def_elem().arg().list().items());
        if (owner.size() < 2) continue;
        QualName table{owner.size() > 2 ? owner[owner.size() - 3] : std::string(kDefaultSchema),
                       owner[owner.size() - 2], owner.size() > 2};
        const std::string& column = owner.back();
        TableDef* t = catalog->FindTable(table);
        const ObjectDef* seq = catalog->FindSequence(seq_name);
        pg_query::ColumnDef* col = t != nullptr ? t->FindColumn(column) : nullptr;
        std::string type = "int8";
        if (col == nullptr || seq == nullptr || !PlainSerialSequence(*seq, &type)) continue;
        std::vector<std::string> col_type = Strings(col->type_name().names());
        std::string base = col_type.empty() ? "" : col_type.back();
        const char* serial = base == "int4"   ? "serial"
                             : base == "int8" ? "bigserial"
                             : base == "int2" ? "smallserial"
                                              : nullptr;
        if (serial == nullptr || base != type || col->type_name().typmods_size() > 0) continue;
        auto* cons = col->mutable_constraints();
        int serial_default = -1;
        for (int i = 0; i < cons->size(); ++i) {
          const auto& c = (*cons)[i].constraint();
          if (c.contype() == pg_query::CONSTR_DEFAULT &&
              IsSerialDefault(c.raw_expr(), t->name, column)) {
            serial_default = i;
          }
        }
        if (serial_default < 0) continue;
        cons->DeleteSubrange(serial_default, 1);
        col->mutable_type_name()->clear_names();
        *col->mutable_type_name()->add_names() = MakeString(serial);
        col->set_is_not_null(false);  // serial says it
        ParseTree drop = ParseTree::Parse("DROP SEQUENCE " + seq_name.Sql());
        if (drop.ok()) catalog->Apply(drop.stmt(0), "DROP SEQUENCE " + seq_name.Sql());
      }
    }
  }
}

}  // namespace

Catalog DesiredCatalog(const std::vector<parser::MigrationFile>& files,
                       std::vector<parser::Diagnostic>* diagnostics,
                       std::vector<RenameHint>* renames) {
  std::vector<Declaration> declarations;
  for (const auto& file : files) {
    for (const auto& d : file.diagnostics) diagnostics->push_back(d);
    if (renames != nullptr) ReadRenameHints(file, renames, diagnostics);
    for (const auto& st : file.up.statements) {
      if (!st.parsed) {
        diagnostics->push_back(parser::Diagnostic{
            file.path(), st.error_pos, parser::Severity::kError, "syntax-error",
            "PostgreSQL 15's grammar cannot parse this statement: " + st.parse_error});
        continue;
      }
      const ParseTree& tree = st.tree();
      for (int i = 0; tree.ok() && i < tree.size(); ++i) {
        std::optional<int> rank = Rank(tree.stmt(i));
        if (!rank) continue;
        if (*rank < 0) {
          std::string kind = NodeTypeName(tree.stmt(i).node_case());
          diagnostics->push_back(parser::Diagnostic{
              file.path(), st.pos, parser::Severity::kError, "not-a-declaration",
              kind + " is not a declaration: schema files hold CREATE statements and the "
                     "ALTER, COMMENT and GRANT statements that complete them; put data "
                     "changes, drops and renames in a migration"});
          continue;
        }
        const pg_query::Node& node = tree.stmt(i);
        if (node.has_rule_stmt() || node.has_create_stats_stmt()) {
          diagnostics->push_back(parser::Diagnostic{
              file.path(), st.pos, parser::Severity::kWarning, "not-modelled",
              std::string(node.has_rule_stmt() ? "CREATE RULE" : "CREATE STATISTICS") +
                  " is read but not modelled: generate neither writes nor compares it; put "
                  "it in a migration"});
        }
        declarations.push_back(Declaration{*rank, &node, &st});
      }
    }
  }
  std::stable_sort(declarations.begin(), declarations.end(),
                   [](const Declaration& a, const Declaration& b) { return a.rank < b.rank; });
  Catalog catalog;
  for (const auto& d : declarations) catalog.Apply(*d.stmt, d.statement->sql);
  FoldSerials(files, &catalog);
  return catalog;
}

Catalog ApplyParts(Catalog catalog, const std::vector<DownPart>& parts) {
  for (const auto& p : parts) {
    if (!p.generated || p.sql.empty()) continue;
    ParseTree tree = ParseTree::Parse(p.sql);
    for (int i = 0; tree.ok() && i < tree.size(); ++i) catalog.Apply(tree.stmt(i), p.sql);
  }
  return catalog;
}

std::vector<DownPart> DownLeftovers(const Catalog& before, const parser::MigrationFile& file,
                                    const parser::Section& down,
                                    std::vector<parser::Position>* unjudged) {
  Catalog after = before;
  after.ApplyMigration(file);
  for (const auto& st : down.statements) {
    if (!st.parsed || !st.tree().ok()) {
      unjudged->push_back(st.pos);
      continue;
    }
    for (int i = 0; i < st.tree().size(); ++i) after.Apply(st.tree().stmt(i), st.sql);
  }
  return Diff(after, before);
}

namespace {

std::vector<std::string> Hazards(const std::vector<DownPart>& parts, const Catalog& current) {
  std::string text = "-- +migrate Up\n";
  for (const auto& p : parts) {
    if (p.generated && !p.sql.empty()) text += p.sql + ";\n";
  }
  parser::MigrationFile file = parser::ParseMigration("generated.sql", text);
  MigrationAnalysis analysis = AnalyzeMigration(file, current);
  std::vector<std::string> out(parts.size());
  size_t next = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!parts[i].generated || parts[i].sql.empty()) continue;
    if (next >= analysis.statements.size()) break;
    const LockEffect& lock = analysis.statements[next++].lock;
    bool existing = !lock.relation.empty() && current.tables().count(lock.relation) > 0;
    if (!existing) continue;
    if (lock.lock != LockMode::kAccessExclusive && !lock.rewrites && !lock.scans) continue;
    out[i] = std::string("takes ") + LockModeName(lock.lock) + " on " + lock.relation;
    if (lock.rewrites) out[i] += ", rewrites the table";
    if (lock.scans) out[i] += ", scans the table";
  }
  return out;
}

}  // namespace

namespace {

// The renames of `hints` that `current` still needs, applied to `base`;
// `undo` gets their reverse, last first.
std::vector<DownPart> Renames(std::vector<RenameHint> hints, const Catalog& desired, Catalog* base,
                              std::vector<DownPart>* undo) {
  // Tables first: a column hint names its table by the new name.
  std::stable_sort(hints.begin(), hints.end(), [](const RenameHint& a, const RenameHint& b) {
    return a.column.empty() && !b.column.empty();
  });
  std::vector<DownPart> out;
  auto add = [&](const std::string& sql, const std::string& back) {
    DownPart part = TextPart(sql, pg_query::Node::kRenameStmt);
    *base = ApplyParts(*base, {part});
    out.push_back(std::move(part));
    undo->insert(undo->begin(), TextPart(back, pg_query::Node::kRenameStmt));
  };
  for (const auto& h : hints) {
    if (h.column.empty()) {
      QualName old{h.table.schema, h.from, h.table.explicit_schema};
      if (base->FindTable(old) == nullptr || base->FindTable(h.table) != nullptr ||
          desired.FindTable(old) != nullptr || desired.FindTable(h.table) == nullptr) {
        continue;
      }
      // The sequences of its serial and identity columns keep their old
      // names in PostgreSQL: renamed too, to the names a new table gets.
      std::vector<std::pair<std::string, std::string>> sequences;
      for (const auto& col : base->FindTable(old)->columns) {
        bool owns = !SerialBaseType(col.type_name()).empty() ||
                    std::any_of(col.constraints().begin(), col.constraints().end(),
                                [](const pg_query::Node& n) {
                                  return n.constraint().contype() == pg_query::CONSTR_IDENTITY;
                                });
        if (!owns) continue;
        sequences.emplace_back(SerialSequence(old, col.colname()).name,
                               SerialSequence(h.table, col.colname()).name);
      }
      add("ALTER TABLE " + old.Sql() + " RENAME TO " + Quote(h.table.name),
          "ALTER TABLE " + h.table.Sql() + " RENAME TO " + Quote(h.from));
      for (const auto& [was, now] : sequences) {
        if (was == now) continue;
        QualName seq{h.table.schema, was, true};
        QualName renamed{h.table.schema, now, true};
        add("ALTER SEQUENCE " + seq.Sql() + " RENAME TO " + Quote(now),
            "ALTER SEQUENCE " + renamed.Sql() + " RENAME TO " + Quote(was));
      }
      continue;
    }
    const TableDef* was = base->FindTable(h.table);
    const TableDef* is = desired.FindTable(h.table);
    if (was == nullptr || is == nullptr || was->FindColumn(h.from) == nullptr ||
        was->FindColumn(h.column) != nullptr || is->FindColumn(h.column) == nullptr ||
        is->FindColumn(h.from) != nullptr) {
      continue;
    }
    add("ALTER TABLE " + h.table.Sql() + " RENAME COLUMN " + Quote(h.from) + " TO " +
            Quote(h.column),
        "ALTER TABLE " + h.table.Sql() + " RENAME COLUMN " + Quote(h.column) + " TO " +
            Quote(h.from));
  }
  return out;
}

}  // namespace

SchemaMigration PlanSchemaMigration(const Catalog& current, const Catalog& desired,
                                    const PlanOptions& options) {
  SchemaMigration m;
  // Renames come first both ways, so that the rest of each side is written
  // with the names in place when it runs.
  Catalog base = current;
  std::vector<DownPart> undo_renames;
  m.up = Renames(options.renames, desired, &base, &undo_renames);
  DiffOptions diff{options.concurrent_indexes};
  for (auto& p : Diff(base, desired, diff)) m.up.push_back(std::move(p));
  m.down = undo_renames;
  for (auto& p : Diff(ApplyParts(desired, undo_renames), current, diff)) {
    m.down.push_back(std::move(p));
  }
  Catalog after_up = ApplyParts(current, m.up);
  m.up_left = Diff(after_up, desired);
  m.down_left = Diff(ApplyParts(after_up, m.down), current);
  m.current_tables = current.table_count();
  m.up_hazards = Hazards(m.up, current);
  for (const auto& [key, table] : base.tables()) {
    if (desired.FindTable(table.name) == nullptr) m.dropped_tables.push_back(key);
  }
  return m;
}

}  // namespace tidemark::analyzer
