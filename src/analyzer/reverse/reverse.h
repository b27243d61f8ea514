#pragma once

// Reversal rules: one function per statement kind, each returning the Down
// statements of one Up statement or the reason it cannot. The registry
// (registry.cpp) is an explicit list.

#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"
#include "analyzer/tree_util.h"
#include "pg_query.pb.h"

namespace tidemark::analyzer {

struct ReverseContext {
  const pg_query::Node& stmt;
  std::string_view sql;    // the statement's text
  const Catalog& catalog;  // the schema just before the statement
};

struct Reversal {
  Reversibility reversibility = Reversibility::kUnknown;
  std::string reason;
  std::vector<DownPart> down;  // in the order they must run
};

using ReverseFn = Reversal (*)(const ReverseContext&);

struct ReverseRule {
  pg_query::Node::NodeCase kind;
  ReverseFn fn;
};

const std::vector<ReverseRule>& ReverseRules();
Reversal Reverse(const ReverseContext& ctx);

// --- helpers shared by the rules (reverse/common.cpp) ---
Reversal Make(Reversibility r, std::string reason, std::vector<DownPart> down = {});
Reversal Unknown(std::string reason);
Reversal Irreversible(std::string reason);
// A Down part from a tree (deparsed, re-parsed and checked).
DownPart TreePart(const pg_query::Node& stmt, std::string note = "");
// A Down part from text built with QuoteIdentifier (re-parsed and checked to
// be one statement of kind `kind`).
DownPart TextPart(const std::string& sql, pg_query::Node::NodeCase kind, std::string note = "");
// A part that could not be generated: becomes a "-- tidemark:" comment.
DownPart MissingPart(std::string reason);
// Parses a statement template such as "ALTER TABLE x ADD COLUMN y int" to get
// a tree shaped exactly as the parser makes it.
pg_query::Node Template(std::string_view sql);
std::string Quote(std::string_view name);  // QuoteIdentifier
// Why a Down is incomplete when the object had GRANTs or REVOKEs ("table t").
std::string PrivilegesLost(const std::string& what);
// Downs that recreate a table's column, with its constraints and indexes.
std::vector<DownPart> RecreateColumn(const Catalog& catalog, const TableDef& table,
                                     const QualName& table_name, const std::string& column);
// Downs that recreate a whole table from the model.
std::vector<DownPart> RecreateTable(const Catalog& catalog, const TableDef& table,
                                    const QualName& table_name);
DownPart AddConstraintPart(const QualName& table, const pg_query::Constraint& c,
                           std::string note = "");
DownPart CreateIndexPart(const ObjectDef& index, bool concurrently, std::string note = "");
// "COMMENT ON <target> IS '<text>'" (target already quoted, e.g. "TABLE t").
DownPart CommentPart(const std::string& target, const std::string& text);
DownPart RecreateObjectPart(const ObjectDef& def, std::string note = "");
// A function's, view's or trigger's definition as CREATE OR REPLACE.
DownPart ReplacePart(const ObjectDef& def, std::string note = "");

// --- the rules ---
Reversal ReverseCreateTable(const ReverseContext& ctx);
Reversal ReverseCreateTableAs(const ReverseContext& ctx);
Reversal ReverseAlterTable(const ReverseContext& ctx);
Reversal ReverseCreateIndex(const ReverseContext& ctx);
Reversal ReverseDrop(const ReverseContext& ctx);
Reversal ReverseRename(const ReverseContext& ctx);
Reversal ReverseSetSchema(const ReverseContext& ctx);
Reversal ReverseComment(const ReverseContext& ctx);
Reversal ReverseGrant(const ReverseContext& ctx);
Reversal ReverseGrantRole(const ReverseContext& ctx);
Reversal ReverseCreateFunction(const ReverseContext& ctx);
Reversal ReverseCreateView(const ReverseContext& ctx);
Reversal ReverseCreateSequence(const ReverseContext& ctx);
Reversal ReverseCreateEnum(const ReverseContext& ctx);
Reversal ReverseCreateCompositeType(const ReverseContext& ctx);
Reversal ReverseCreateDomain(const ReverseContext& ctx);
Reversal ReverseCreateRange(const ReverseContext& ctx);
Reversal ReverseAlterEnum(const ReverseContext& ctx);
Reversal ReverseCreateTrigger(const ReverseContext& ctx);
Reversal ReverseCreatePolicy(const ReverseContext& ctx);
Reversal ReverseCreateSchema(const ReverseContext& ctx);
Reversal ReverseCreateExtension(const ReverseContext& ctx);
Reversal ReverseCreateRule(const ReverseContext& ctx);
Reversal ReverseCreateStatistics(const ReverseContext& ctx);
Reversal ReverseCreateRole(const ReverseContext& ctx);
Reversal ReverseTruncate(const ReverseContext& ctx);
Reversal ReverseDelete(const ReverseContext& ctx);
Reversal ReverseUpdate(const ReverseContext& ctx);
Reversal ReverseInsert(const ReverseContext& ctx);
Reversal ReverseDo(const ReverseContext& ctx);
Reversal ReverseCall(const ReverseContext& ctx);
Reversal ReverseSelect(const ReverseContext& ctx);
Reversal ReverseSessionSetting(const ReverseContext& ctx);  // SET, RESET
Reversal ReverseTransaction(const ReverseContext& ctx);     // BEGIN, COMMIT, ...
Reversal ReverseMaintenance(const ReverseContext& ctx);     // VACUUM, ANALYZE, REINDEX, ...

}  // namespace tidemark::analyzer
