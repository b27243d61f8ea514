#pragma once

// What the analyzer says about a migration (SPEC.md §2). The analyzer
// implements this; lint, the CLI and the executor read it.

#include <string>
#include <vector>

#include "analyzer/type_conversion.h"
#include "parser/migration.h"

namespace tidemark::analyzer {

enum class Reversibility { kReversible, kConditional, kNeedsHistory, kIrreversible, kUnknown };
const char* ReversibilityName(Reversibility r);  // "reversible", "needs-history", ...

// PostgreSQL lock modes, weakest first.
enum class LockMode {
  kNone,
  kAccessShare,
  kRowShare,
  kRowExclusive,
  kShareUpdateExclusive,
  kShare,
  kShareRowExclusive,
  kExclusive,
  kAccessExclusive,
};
const char* LockModeName(LockMode mode);  // "ACCESS EXCLUSIVE", ...

struct LockEffect {
  std::string relation;  // the statement's main table ("" when none)
  LockMode lock = LockMode::kNone;
  bool rewrites = false;  // table (and its indexes) rewritten
  bool scans = false;     // full scan of the table (e.g. to validate)
  std::vector<std::pair<std::string, LockMode>> other_relations;  // e.g. FK parent
  std::string note;                                               // why, from shared/pg15-locks.md
};

// One generated Down statement, or a reason it could not be generated.
struct DownPart {
  std::string sql;  // re-parsed before it is returned; empty when !generated
  bool generated = true;
  std::string comment;         // "-- tidemark: ..." text without the prefix
  bool notransaction = false;  // must run outside a transaction
};

// An ALTER COLUMN ... TYPE of an Up statement, judged with the column's
// type from earlier migrations.
struct TypeChange {
  std::string column;       // "users.age", as written
  std::string to;           // the new type, for messages
  std::string from;         // the type before; "" when the history does not know it
  bool using_expr = false;  // converted with a USING expression
  Conversion forward;       // from -> to; meaningful only when !from.empty()
};

struct StatementAnalysis {
  const parser::Statement* statement = nullptr;  // points into the MigrationFile
  std::string kind;                              // parse-tree node name, e.g. "AlterTableStmt"
  Reversibility reversibility = Reversibility::kUnknown;
  std::string reason;  // one line a person understands
  LockEffect lock;
  std::vector<DownPart> down;            // in the order it must run
  bool needs_no_transaction = false;     // PostgreSQL refuses it inside BEGIN
  bool creates_relation = false;         // CREATE TABLE / MATERIALIZED VIEW / ...
  std::string created_relation;          // its qualified name
  std::vector<TypeChange> type_changes;  // its ALTER COLUMN ... TYPE commands
};

struct MigrationAnalysis;
class Catalog;  // catalog.h: the schema replayed from earlier migrations

// Analyzes the Up statements of `file` against the schema `history` (built
// with ReplayHistory from the migrations before it).
MigrationAnalysis AnalyzeMigration(const parser::MigrationFile& file, const Catalog& history);
// The same without history (every drop needs-history is then unknown).
MigrationAnalysis AnalyzeMigration(const parser::MigrationFile& file);
// Analyzes every migration of `files` (version order), each against the
// replay of the ones before it.
std::vector<MigrationAnalysis> AnalyzeSequence(const std::vector<parser::MigrationFile>& files);
std::vector<MigrationAnalysis> AnalyzeSequence(
    const std::vector<const parser::MigrationFile*>& files);

// The generated Down section body: statements in order, "-- tidemark: ..."
// comment lines for notes and for parts that could not be generated.
std::string RenderDown(const std::vector<DownPart>& down);
// True when some Down statement must run outside a transaction.
bool DownNeedsNoTransaction(const std::vector<DownPart>& down);
// True when every part of the Down was generated: no part is only a
// "-- tidemark:" reason why it could not be.
bool DownComplete(const std::vector<DownPart>& down);
// Orders classes from best (reversible) to worst (irreversible).
int ReversibilityRank(Reversibility r);

struct MigrationAnalysis {
  const parser::MigrationFile* file = nullptr;
  std::vector<StatementAnalysis> statements;  // Up statements, in order
  // The Down of the whole migration: statements' Downs in reverse order.
  std::vector<DownPart> down;
  Reversibility worst = Reversibility::kReversible;
};

}  // namespace tidemark::analyzer
