#pragma once

#include <string>
#include <vector>

#include "exec/tracking.h"
#include "parser/migration.h"

namespace tidemark::exec {

// SPEC.md §3's STATUS and DOWN values.
enum class MigrationStatus { kPending, kApplied, kBaseline, kModified, kMissing, kDirty };
enum class DownAvailability { kYes, kNo, kIrreversible, kStored };

const char* StatusName(MigrationStatus status);
const char* DownName(DownAvailability down);

// One migration as files and the tracking table see it together.
struct MigrationState {
  std::string version;
  std::string filename;                         // file name, or the name recorded at apply time
  const parser::MigrationFile* file = nullptr;  // null: missing
  const AppliedMigration* applied = nullptr;    // null: pending
  MigrationStatus status = MigrationStatus::kPending;
  DownAvailability down = DownAvailability::kNo;
};

// Joins files (in version order) and tracking rows by version; the result
// is in version order.
std::vector<MigrationState> ComputeStates(const std::vector<parser::MigrationFile>& files,
                                          const std::vector<AppliedMigration>& applied);

// The Down SQL a migration would run, and where it comes from.
struct DownPlan {
  enum class Source { kNone, kFile, kUndoFile, kStored, kIrreversible, kBaseline };
  Source source = Source::kNone;
  std::vector<parser::Statement> statements;
  bool notransaction = false;
  std::string origin;  // path used in positions ("file.sql", or "stored Down of file.sql")
  std::vector<parser::Diagnostic> diagnostics;  // from re-splitting stored SQL
};

// Down precedence (SPEC.md §4): the file's Down section, else its _undo.sql,
// else the Down stored at apply time when the file is gone. Baselines have none.
DownPlan PlanDown(const MigrationState& state);

// The Down SQL recorded with a migration when it is applied.
struct StoredDown {
  std::optional<std::string> sql;
  bool notransaction = false;
  bool irreversible = false;
};
StoredDown DownToStore(const parser::MigrationFile& file);

// "file:line:col"
std::string Where(const std::string& file, const parser::Position& pos);

}  // namespace tidemark::exec
