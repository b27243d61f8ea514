#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exec/tracking.h"
#include "parser/migration.h"

namespace tidemark::exec {

// SPEC.md §3's STATUS and DOWN values.
enum class MigrationStatus { kPending, kApplied, kBaseline, kModified, kMissing, kDirty };
// kBaseline: tidemark never ran it, so it has nothing to undo (PlanDown).
enum class DownAvailability { kYes, kNo, kIrreversible, kStored, kBaseline };

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

// What `migrate up` is asked to apply.
struct UpRequest {
  std::optional<parser::Version> to;  // up to and including this version
  size_t count = 0;                   // at most this many; 0: all
  bool allow_drift = false;
  bool allow_out_of_order = false;
};

// The pending migrations `migrate up` applies, in version order, or why it
// refuses: a dirty migration, checksum drift, or pending files older than
// the newest applied one.
struct UpPlan {
  const MigrationState* dirty = nullptr;
  std::vector<const MigrationState*> modified;      // only without allow_drift
  std::vector<const MigrationState*> out_of_order;  // only without allow_out_of_order
  std::optional<parser::Version> newest_applied;
  std::vector<const MigrationState*> pending;
  // What the user is told when the plan is refused, one sentence a line
  // (the same words for one database and for each target of a fleet): the
  // dirty migration and how to repair it, else each edited file and the way
  // out, else each out-of-order file and the way out. Empty when not refused.
  std::vector<std::string> refusal;
  bool Refused() const { return dirty != nullptr || !modified.empty() || !out_of_order.empty(); }
};
UpPlan PlanUp(const std::vector<MigrationState>& states,
              const std::vector<AppliedMigration>& applied, const UpRequest& request);

// What `migrate rollback` (or `migrate down`) is asked to undo.
struct RollbackRequest {
  enum class Kind { kCount, kBatch, kTo, kAll, kOne };
  Kind kind = Kind::kCount;
  size_t count = 1;    // kCount
  parser::Version to;  // kTo: undo what is newer than this version; kOne: undo this one
};

// Rollback is a stack: migrations are undone newest first by apply order,
// and never one while a newer one stays applied. The run stops at the first
// selected migration without Down SQL (none, irreversible, baseline).
struct RollbackPlan {
  const MigrationState* dirty = nullptr;  // refusal: a dirty migration exists
  std::vector<std::string> refusal;       // DirtyRefusal(*dirty) when dirty is set
  struct Item {
    const MigrationState* state = nullptr;
    DownPlan down;
  };
  std::vector<Item> revert;                    // newest first, each with Down SQL
  const MigrationState* stopped_at = nullptr;  // the selected migration without Down SQL
  DownPlan::Source stop_reason = DownPlan::Source::kNone;
  std::vector<const MigrationState*> kept;  // selected, older than stopped_at: stay applied
  // --to only: migrations newer than the target that stay applied because
  // a migration the target keeps was applied after them.
  std::vector<const MigrationState*> held_below;
  // kOne refusals: no applied migration has the version, or migrations
  // applied after it are still applied (newest first).
  bool no_such_version = false;
  std::vector<const MigrationState*> newer;
  size_t Selected() const { return revert.size() + (stopped_at != nullptr) + kept.size(); }
};
RollbackPlan PlanRollback(const std::vector<MigrationState>& states,
                          const RollbackRequest& request);

// What `migrate repair` is asked to decide for dirty migrations: the user
// finished (`applied`) or undid (`pending`) their partial effects by hand.
struct RepairRequest {
  std::vector<parser::Version> applied;
  std::vector<parser::Version> pending;
};

// Repair accepts edited checksums of applied migrations; a dirty migration
// is changed only as the request says, never guessed.
struct RepairPlan {
  enum class Action { kAcceptChecksum, kMarkApplied, kMarkPending };
  struct Item {
    const MigrationState* state = nullptr;
    Action action = Action::kAcceptChecksum;
  };
  std::vector<Item> items;  // in version order
  // Refusals (nothing is changed when any is set):
  std::vector<const MigrationState*> undecided;  // dirty, and the request says nothing of it
  std::vector<parser::Version> unknown;          // named, but no migration is applied with it
  std::vector<const MigrationState*> not_dirty;  // named, but not dirty
  std::vector<parser::Version> both;             // named as applied and as pending
  bool Refused() const {
    return !undecided.empty() || !unknown.empty() || !not_dirty.empty() || !both.empty();
  }
};
RepairPlan PlanRepair(const std::vector<MigrationState>& states, const RepairRequest& request);

// What to do about a dirty migration: the two `migrate repair` choices.
std::string RepairHint(const std::string& version);

// "FILE is dirty (at file:line:col): error" and RepairHint: why nothing runs
// while `state` is dirty.
std::vector<std::string> DirtyRefusal(const MigrationState& state);

// Why a migration has no Down SQL, for messages ("its Down is declared
// irreversible").
std::string NoDownReason(const MigrationState& state, DownPlan::Source source);

// The Down SQL recorded with a migration when it is applied.
struct StoredDown {
  std::optional<std::string> sql;
  bool notransaction = false;
  bool irreversible = false;
};
StoredDown DownToStore(const parser::MigrationFile& file);

// The tracking row written when `file` is applied (or baselined) in `batch`.
AppliedMigration TrackingRow(const parser::MigrationFile& file, int batch);

// "file:line:col"
std::string Where(const std::string& file, const parser::Position& pos);

}  // namespace tidemark::exec
