#include "analyzer/schema.h"

#include <algorithm>
#include <optional>
#include <string>

#include "analyzer/differ.h"
#include "analyzer/parse_tree.h"

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

}  // namespace

Catalog DesiredCatalog(const std::vector<parser::MigrationFile>& files,
                       std::vector<parser::Diagnostic>* diagnostics) {
  std::vector<Declaration> declarations;
  for (const auto& file : files) {
    for (const auto& d : file.diagnostics) diagnostics->push_back(d);
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
          std::string kind = tree.stmt(i)
                                 .GetDescriptor()
                                 ->FindFieldByNumber(tree.stmt(i).node_case())
                                 ->message_type()
                                 ->name();
          diagnostics->push_back(parser::Diagnostic{
              file.path(), st.pos, parser::Severity::kError, "not-a-declaration",
              kind + " is not a declaration: schema files hold CREATE statements and the "
                     "ALTER, COMMENT and GRANT statements that complete them; put data "
                     "changes, drops and renames in a migration"});
          continue;
        }
        declarations.push_back(Declaration{*rank, &tree.stmt(i), &st});
      }
    }
  }
  std::stable_sort(declarations.begin(), declarations.end(),
                   [](const Declaration& a, const Declaration& b) { return a.rank < b.rank; });
  Catalog catalog;
  for (const auto& d : declarations) catalog.Apply(*d.stmt, d.statement->sql);
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

SchemaMigration PlanSchemaMigration(const Catalog& current, const Catalog& desired) {
  SchemaMigration m;
  m.up = Diff(current, desired);
  m.down = Diff(desired, current);
  Catalog after_up = ApplyParts(current, m.up);
  m.up_left = Diff(after_up, desired);
  m.down_left = Diff(ApplyParts(after_up, m.down), current);
  m.current_tables = current.table_count();
  m.up_hazards = Hazards(m.up, current);
  for (const auto& [key, table] : current.tables()) {
    if (desired.FindTable(table.name) == nullptr) m.dropped_tables.push_back(key);
  }
  return m;
}

}  // namespace tidemark::analyzer
