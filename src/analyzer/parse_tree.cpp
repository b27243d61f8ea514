#include "analyzer/parse_tree.h"

#include <pg_query.h>

#include <memory>
#include <mutex>
#include <unordered_map>

namespace tidemark::analyzer {
namespace {

struct DeparseResultDeleter {
  void operator()(PgQueryDeparseResult* r) const {
    pg_query_free_deparse_result(*r);
    delete r;
  }
};
struct ScanResultDeleter {
  void operator()(PgQueryScanResult* r) const {
    pg_query_free_scan_result(*r);
    delete r;
  }
};

using DeparseResultPtr = std::unique_ptr<PgQueryDeparseResult, DeparseResultDeleter>;
using ScanResultPtr = std::unique_ptr<PgQueryScanResult, ScanResultDeleter>;

// The keyword category of `word` per PostgreSQL's own scanner (kwlist.h), or
// NO_KEYWORD. Only called with words made of [a-z0-9_].
pg_query::KeywordKind KeywordKindOf(const std::string& word) {
  static std::mutex mutex;
  static std::unordered_map<std::string, pg_query::KeywordKind> cache;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(word);
    if (it != cache.end()) return it->second;
  }
  pg_query::KeywordKind kind = pg_query::NO_KEYWORD;
  ScanResultPtr result(new PgQueryScanResult(pg_query_scan(word.c_str())));
  if (result->error == nullptr) {
    pg_query::ScanResult scan;
    if (scan.ParseFromArray(result->pbuf.data, static_cast<int>(result->pbuf.len)) &&
        scan.tokens_size() == 1) {
      const auto& token = scan.tokens(0);
      if (token.start() == 0 && static_cast<size_t>(token.end()) == word.size()) {
        kind = token.keyword_kind();
      }
    }
  }
  std::lock_guard<std::mutex> lock(mutex);
  cache.emplace(word, kind);
  return kind;
}

bool IsVacuumCommand(const pg_query::VacuumStmt& vacuum) { return vacuum.is_vacuumcmd(); }

bool HasDefElem(const google::protobuf::RepeatedPtrField<pg_query::Node>& options,
                std::string_view name) {
  for (const auto& node : options) {
    if (node.has_def_elem() && node.def_elem().defname() == name) {
      const auto& arg = node.def_elem().arg();
      // "CONCURRENTLY" carries no argument; "(CONCURRENTLY false)" does.
      if (arg.has_boolean()) return arg.boolean().boolval();
      if (arg.has_string()) return arg.string().sval() != "false" && arg.string().sval() != "off";
      if (arg.has_integer()) return arg.integer().ival() != 0;
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> Deparse(const pg_query::ParseResult& tree, std::string* error) {
  std::string bytes;
  if (!tree.SerializeToString(&bytes)) {
    if (error != nullptr) *error = "could not serialise the parse tree";
    return std::nullopt;
  }
  PgQueryProtobuf buf;
  buf.len = bytes.size();
  buf.data = bytes.data();
  DeparseResultPtr result(new PgQueryDeparseResult(pg_query_deparse_protobuf(buf)));
  if (result->error != nullptr) {
    if (error != nullptr) {
      *error = result->error->message != nullptr ? result->error->message : "deparse error";
    }
    return std::nullopt;
  }
  if (result->query == nullptr) {
    if (error != nullptr) *error = "deparser returned nothing";
    return std::nullopt;
  }
  return std::string(result->query);
}

std::optional<std::string> DeparseNode(const pg_query::Node& stmt, std::string* error) {
  pg_query::ParseResult tree;
  tree.set_version(PG_VERSION_NUM);
  *tree.add_stmts()->mutable_stmt() = stmt;
  return Deparse(tree, error);
}

std::string QuoteIdentifier(std::string_view name) {
  // PostgreSQL's quote_identifier(): bare only for [a-z_][a-z0-9_]* that is
  // not a keyword (unreserved keywords may stay bare).
  bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
  for (char c : name) {
    if (!safe) break;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) safe = false;
  }
  if (safe) {
    pg_query::KeywordKind kind = KeywordKindOf(std::string(name));
    if (kind != pg_query::NO_KEYWORD && kind != pg_query::UNRESERVED_KEYWORD) safe = false;
  }
  if (safe) return std::string(name);
  std::string out;
  out.reserve(name.size() + 2);
  out.push_back('"');
  for (char c : name) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string QualifiedName(std::string_view schema, std::string_view name) {
  if (schema.empty()) return QuoteIdentifier(name);
  return QuoteIdentifier(schema) + "." + QuoteIdentifier(name);
}

std::string QuoteLiteral(std::string_view text) {
  bool backslash = text.find('\\') != std::string_view::npos;
  std::string out;
  out.reserve(text.size() + 3);
  if (backslash) out.push_back('E');
  out.push_back('\'');
  for (char c : text) {
    if (c == '\'' || (backslash && c == '\\')) out.push_back(c);
    out.push_back(c);
  }
  out.push_back('\'');
  return out;
}

bool NeedsNoTransaction(const pg_query::Node& stmt) {
  switch (stmt.node_case()) {
    case pg_query::Node::kIndexStmt:
      return stmt.index_stmt().concurrent();
    case pg_query::Node::kDropStmt:
      return stmt.drop_stmt().concurrent();
    case pg_query::Node::kReindexStmt: {
      const auto& reindex = stmt.reindex_stmt();
      // REINDEX SYSTEM / DATABASE always refuse a transaction block.
      if (reindex.kind() == pg_query::REINDEX_OBJECT_SYSTEM ||
          reindex.kind() == pg_query::REINDEX_OBJECT_DATABASE) {
        return true;
      }
      return HasDefElem(reindex.params(), "concurrently");
    }
    case pg_query::Node::kVacuumStmt:
      return IsVacuumCommand(stmt.vacuum_stmt());
    case pg_query::Node::kAlterSystemStmt:
    case pg_query::Node::kCreatedbStmt:
    case pg_query::Node::kDropdbStmt:
    case pg_query::Node::kCreateTableSpaceStmt:
    case pg_query::Node::kDropTableSpaceStmt:
      return true;
    case pg_query::Node::kClusterStmt:
      // CLUSTER without a table reclusters the whole database.
      return !stmt.cluster_stmt().has_relation();
    case pg_query::Node::kAlterDatabaseStmt:
      // ALTER DATABASE ... SET TABLESPACE moves files: no transaction block.
      for (const auto& option : stmt.alter_database_stmt().options()) {
        if (option.has_def_elem() && option.def_elem().defname() == "tablespace") return true;
      }
      return false;
    case pg_query::Node::kAlterTableStmt:
      for (const auto& cmd : stmt.alter_table_stmt().cmds()) {
        if (!cmd.has_alter_table_cmd()) continue;
        const auto& c = cmd.alter_table_cmd();
        if (c.subtype() == pg_query::AT_DetachPartition && c.def().has_partition_cmd() &&
            c.def().partition_cmd().concurrent()) {
          return true;
        }
      }
      return false;
    default:
      return false;
  }
}

bool NeedsNoTransaction(std::string_view sql) {
  ParseTree tree = ParseTree::Parse(sql);
  if (!tree.ok()) return false;
  for (int i = 0; i < tree.size(); ++i) {
    if (NeedsNoTransaction(tree.stmt(i))) return true;
  }
  return false;
}

}  // namespace tidemark::analyzer
