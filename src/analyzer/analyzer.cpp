#include <memory>
#include <optional>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"
#include "analyzer/differ.h"
#include "analyzer/locks.h"
#include "analyzer/parse_tree.h"
#include "analyzer/reverse/reverse.h"
#include "analyzer/schema.h"
#include "analyzer/tree_util.h"
#include "analyzer/tree_walk.h"
#include "analyzer/type_conversion.h"

namespace tidemark::analyzer {

const char* ReversibilityName(Reversibility r) {
  switch (r) {
    case Reversibility::kReversible:
      return "reversible";
    case Reversibility::kConditional:
      return "conditional";
    case Reversibility::kNeedsHistory:
      return "needs-history";
    case Reversibility::kIrreversible:
      return "irreversible";
    case Reversibility::kUnknown:
      return "unknown";
  }
  return "unknown";
}

const char* LockModeName(LockMode mode) {
  switch (mode) {
    case LockMode::kNone:
      return "none";
    case LockMode::kAccessShare:
      return "ACCESS SHARE";
    case LockMode::kRowShare:
      return "ROW SHARE";
    case LockMode::kRowExclusive:
      return "ROW EXCLUSIVE";
    case LockMode::kShareUpdateExclusive:
      return "SHARE UPDATE EXCLUSIVE";
    case LockMode::kShare:
      return "SHARE";
    case LockMode::kShareRowExclusive:
      return "SHARE ROW EXCLUSIVE";
    case LockMode::kExclusive:
      return "EXCLUSIVE";
    case LockMode::kAccessExclusive:
      return "ACCESS EXCLUSIVE";
  }
  return "none";
}

int ReversibilityRank(Reversibility r) {
  switch (r) {
    case Reversibility::kReversible:
      return 0;
    case Reversibility::kConditional:
      return 1;
    case Reversibility::kNeedsHistory:
      return 2;
    case Reversibility::kUnknown:
      return 3;
    case Reversibility::kIrreversible:
      return 4;
  }
  return 3;
}

namespace {

std::string NodeName(const pg_query::Node& node) {
  std::string name = NodeTypeName(node.node_case());
  return name.empty() ? "Unknown" : name;
}

// The ALTER COLUMN ... TYPE commands of `node`, judged against the column
// types `catalog` holds before the statement runs.
void CollectTypeChanges(const pg_query::Node& node, const Catalog& catalog,
                        std::vector<TypeChange>* out) {
  if (!node.has_alter_table_stmt()) return;
  const auto& stmt = node.alter_table_stmt();
  if (stmt.objtype() != pg_query::OBJECT_TABLE) return;
  QualName name = NameOf(stmt.relation());
  const TableDef* table = catalog.FindTable(name);
  for (const auto& cmd_node : stmt.cmds()) {
    if (!cmd_node.has_alter_table_cmd()) continue;
    const auto& cmd = cmd_node.alter_table_cmd();
    if (cmd.subtype() != pg_query::AT_AlterColumnType || !cmd.def().has_column_def()) continue;
    const pg_query::ColumnDef& def = cmd.def().column_def();
    TypeChange change;
    change.column = name.name + "." + cmd.name();
    change.to = TypeDisplay(def.type_name());
    change.using_expr = def.has_raw_default();
    const pg_query::ColumnDef* known = table != nullptr ? table->FindColumn(cmd.name()) : nullptr;
    if (known != nullptr) {
      pg_query::TypeName from = StoredType(known->type_name());
      change.from = TypeDisplay(from);
      change.forward = ConvertColumn(from, def.type_name());
    }
    out->push_back(std::move(change));
  }
}

// SET search_path: the path it sets when that is not PostgreSQL's default
// ("public", or "$user", public), "" when it sets the default back; nullopt
// when `node` does not touch search_path.
std::optional<std::string> SearchPathSet(const pg_query::Node& node) {
  if (!node.has_variable_set_stmt() || node.variable_set_stmt().name() != "search_path") {
    return std::nullopt;
  }
  const auto& set = node.variable_set_stmt();
  if (set.kind() != pg_query::VAR_SET_VALUE) return std::string();
  std::vector<std::string> path;
  for (const auto& a : set.args()) {
    path.push_back(a.has_a_const() && a.a_const().has_sval() ? a.a_const().sval().sval() : "?");
  }
  if (path == std::vector<std::string>{"public"} ||
      path == std::vector<std::string>{"$user", "public"}) {
    return std::string();
  }
  std::string text;
  for (const auto& p : path) text += (text.empty() ? "" : ", ") + p;
  return text;
}

// Analyzes one statement against `catalog`, then applies it to `catalog`.
// `search_path` is the path an earlier SET of the migration chose ("" for
// the default): unqualified names then resolve elsewhere than the model
// assumes (public), so nothing after it gets a Down.
void AnalyzeStatement(const parser::Statement& st, Catalog* catalog,
                      std::vector<StatementAnalysis>* out, std::string* search_path) {
  StatementAnalysis a;
  a.statement = &st;
  if (!st.parsed) {
    a.kind = "Unparsed";
    a.reversibility = Reversibility::kUnknown;
    a.reason =
        "PostgreSQL 15's grammar cannot parse it (" + st.parse_error + "); write its Down by hand";
    a.down.push_back(DownPart{"", false, a.reason, false});
    out->push_back(std::move(a));
    return;
  }
  const ParseTree& tree = st.tree();
  if (!tree.ok() || tree.size() == 0) {
    a.kind = "Unparsed";
    a.reason = tree.ok() ? "empty statement" : "does not parse: " + tree.error();
    a.down.push_back(DownPart{"", false, a.reason, false});
    out->push_back(std::move(a));
    return;
  }
  // A statement text normally holds one statement; several are analysed
  // together (their Downs in reverse order).
  for (int i = 0; i < tree.size(); ++i) {
    const pg_query::Node& node = tree.stmt(i);
    ReverseContext ctx{node, st.sql, *catalog};
    Reversal r = Reverse(ctx);
    if (i == 0) {
      a.kind = NodeName(node);
      a.reversibility = r.reversibility;
      a.reason = r.reason;
      a.lock = LockEffectOf(node);
      a.needs_no_transaction = NeedsNoTransaction(node);
      a.down = std::move(r.down);
    } else {
      if (ReversibilityRank(r.reversibility) > ReversibilityRank(a.reversibility)) {
        a.reversibility = r.reversibility;
        a.reason = r.reason;
      }
      a.needs_no_transaction = a.needs_no_transaction || NeedsNoTransaction(node);
      r.down.insert(r.down.end(), a.down.begin(), a.down.end());
      a.down = std::move(r.down);
    }
    CollectTypeChanges(node, *catalog, &a.type_changes);
    if (node.has_create_stmt()) {
      a.creates_relation = true;
      a.created_relation = NameOf(node.create_stmt().relation()).Key();
    } else if (node.has_create_table_as_stmt()) {
      a.creates_relation = true;
      a.created_relation = NameOf(node.create_table_as_stmt().into().rel()).Key();
    }
    catalog->Apply(node, st.sql);
    std::optional<std::string> path = SearchPathSet(node);
    if (path) {
      *search_path = *path;
    } else if (!search_path->empty() && !node.has_variable_set_stmt() &&
               !node.has_transaction_stmt()) {
      a.reversibility = Reversibility::kUnknown;
      a.reason = "runs after SET search_path = " + *search_path +
                 ": tidemark takes unqualified names to be in public, so it cannot tell what "
                 "this changes; qualify the names or write its Down by hand";
      a.down.clear();
      a.down.push_back(MissingPart(a.reason));
    }
  }
  out->push_back(std::move(a));
}

// No Down without proof: the generated Down, replayed on the model after
// the Up, must give back the schema before it. When it does not, a part says
// what is still to undo, and the Down is incomplete (written irreversible,
// never offered as safe).
void ProveDown(const Catalog& before, const Catalog& after, std::vector<DownPart>* down) {
  if (!DownComplete(*down)) return;  // it says already what it lacks
  std::vector<DownPart> left = Diff(ApplyParts(after, *down), before);
  if (left.empty()) return;
  std::string what;
  for (const auto& p : left) {
    if (!what.empty()) what += "; ";
    what += p.generated ? p.sql : p.comment;
  }
  down->push_back(MissingPart(
      "replayed on the model after the Up, the generated Down does not give back the schema "
      "before it; still to undo: " +
      what));
}

MigrationAnalysis Analyze(const parser::MigrationFile& file, Catalog* catalog) {
  MigrationAnalysis m;
  m.file = &file;
  Catalog before = *catalog;
  std::string search_path;
  for (const auto& st : file.up.statements) {
    AnalyzeStatement(st, catalog, &m.statements, &search_path);
  }
  for (auto it = m.statements.rbegin(); it != m.statements.rend(); ++it) {
    for (const auto& p : it->down) m.down.push_back(p);
    if (ReversibilityRank(it->reversibility) > ReversibilityRank(m.worst)) {
      m.worst = it->reversibility;
    }
  }
  ProveDown(before, *catalog, &m.down);
  return m;
}

}  // namespace

MigrationAnalysis AnalyzeMigration(const parser::MigrationFile& file, const Catalog& history) {
  Catalog catalog = history;
  return Analyze(file, &catalog);
}

MigrationAnalysis AnalyzeMigration(const parser::MigrationFile& file) {
  Catalog catalog;
  return Analyze(file, &catalog);
}

std::vector<MigrationAnalysis> AnalyzeSequence(const std::vector<parser::MigrationFile>& files) {
  std::vector<const parser::MigrationFile*> sequence;
  sequence.reserve(files.size());
  for (const auto& f : files) sequence.push_back(&f);
  return AnalyzeSequence(sequence);
}

std::vector<MigrationAnalysis> AnalyzeSequence(
    const std::vector<const parser::MigrationFile*>& files) {
  std::vector<MigrationAnalysis> out;
  out.reserve(files.size());
  Catalog catalog;
  for (const parser::MigrationFile* f : files) {
    // Analysing a migration replays it into the catalog as it goes.
    out.push_back(Analyze(*f, &catalog));
  }
  return out;
}

std::string RenderDown(const std::vector<DownPart>& down) {
  std::string out;
  for (const auto& p : down) {
    if (!p.comment.empty()) {
      out += "-- tidemark: " + p.comment + "\n";
    }
    if (p.generated && !p.sql.empty()) out += p.sql + ";\n";
  }
  return out;
}

bool DownNeedsNoTransaction(const std::vector<DownPart>& down) {
  for (const auto& p : down) {
    if (p.notransaction) return true;
  }
  return false;
}

bool DownComplete(const std::vector<DownPart>& down) {
  for (const auto& p : down) {
    if (!p.generated) return false;
  }
  return true;
}

}  // namespace tidemark::analyzer
