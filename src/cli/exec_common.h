#pragma once

// Shared plumbing of the commands that touch a database (up, status,
// rollback, down, baseline, repair, verify).

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/context.h"
#include "exec/archive.h"
#include "exec/connection.h"
#include "exec/lock.h"
#include "exec/plan.h"
#include "exec/runner.h"
#include "exec/tracking.h"
#include "parser/migration.h"

namespace tidemark::cli {

// The migrations directory, loaded. Prints error diagnostics and returns
// nullopt when any file (or the directory) has errors: exit 2.
std::optional<parser::MigrationSet> LoadMigrationsChecked(const Context& ctx);

exec::ConnectionTarget TargetOf(const Context& ctx);

// A connection, the tracking table and, for commands that change the
// database, the migration lock.
struct Session {
  exec::ConnectionTarget target;
  std::unique_ptr<exec::MigrationLock> lock;
  std::unique_ptr<pqxx::connection> conn;
  std::unique_ptr<exec::TrackingTable> tracking;
  std::vector<exec::AppliedMigration> applied;
};

struct SessionOptions {
  bool lock = true;    // take the advisory lock (commands that write)
  bool create = true;  // create the tracking table when missing
};

// `--wait DURATION`: retries until the database accepts a connection; on
// failure prints why and returns the exit code (1; 2 for a bad duration),
// else 0 (also at once without --wait).
int WaitForDatabase(const Context& ctx, const exec::ConnectionTarget& target);

// Opens the session (after --wait); on failure prints why and returns the exit code
// (4 for a lock timeout), else 0.
int OpenSession(const Context& ctx, const SessionOptions& options, Session* session);

// -v: "apply FILE: SQL (N ms)" on stderr.
exec::Runner::StatementLog StatementLogger(const Context& ctx);

// Runs a command body, turning exceptions into "tidemark: ..." with any
// password redacted, exit 1.
int Guarded(const Context& ctx, const std::function<int()>& body);

// The first error diagnostics of one statement list (stored Down SQL).
void PrintErrors(const Context& ctx, const std::vector<parser::Diagnostic>& diagnostics);

// How many rows a Down statement would destroy (DROP TABLE, DROP COLUMN),
// as "-- drops table t (12 rows)" comments, and the column type changes that
// can round, cut or reject the values a column holds ("-- changes column
// t.c from numeric(12,2) to integer, which rounds values to whole numbers
// without an error (3 non-null values)"); empty when it touches no data.
std::vector<std::string> DataLossNotes(pqxx::connection& conn, const std::string& sql);

// `--keep-data` in a dry run: what would be kept, where and about how big
// ("-- would keep every value of column public.users.phone by key (id) in
// tidemark_archive (about 3.1 MB)"), what cannot be kept and why, and what is
// not kept ("-- not kept: ..."). From the same planner as DataLossNotes.
std::vector<std::string> KeepDataNotes(pqxx::connection& conn, const std::string& sql,
                                       const exec::ArchiveOptions& options);

// The same for JSON, as fields: {"data_loss": [{"kind", "object", "note"}]}
// (kind table, column, values or note; object for the first three; note
// DataLossNotes' words without "-- "), and with `keep` {"keep_data":
// [KeepDataNotes' words]}.
nlohmann::json NotesJson(pqxx::connection& conn, const std::string& sql,
                         const exec::ArchiveOptions* keep);

// The keep-data flags of rollback, down and redo (docs/keep-data.md).
struct KeepDataFlags {
  bool keep = false;
  bool no_keep = false;
  std::string archive_schema;
  std::string max_size;
};
void AddKeepDataFlags(CLI::App* cmd, KeepDataFlags* flags);
// The flags over the config's rollback.keep_data.
bool KeepDataWanted(const Context& ctx, const KeepDataFlags& flags);
// --restore-data / --no-restore-data over the config's rollback.restore_data.
bool RestoreDataWanted(const Context& ctx, bool flag, bool no_flag);
// The archive schema and size limit from the flags and the config; nullopt
// (error printed) for a malformed size.
std::optional<exec::ArchiveOptions> KeepOptionsOf(const Context& ctx, const KeepDataFlags& flags);
// Runner hooks: archive before each Down statement (lines collected in
// `lines`), or put the archived data back after the Up.
exec::StepHooks KeepHooks(exec::Archiver* archiver, const std::string& version,
                          std::vector<std::string>* lines);
exec::StepHooks RestoreHooks(exec::Archiver* archiver, const std::string& version,
                             std::vector<exec::RestoreOutcome>* outcomes);
// "  put back column public.users.phone: 3 rows", and a warning for each
// archive that no longer fits.
void PrintRestored(const Context& ctx, const std::string& filename,
                   const std::vector<exec::RestoreOutcome>& outcomes);
nlohmann::json RestoredJson(const std::vector<exec::RestoreOutcome>& outcomes);

using VersionName = std::pair<parser::Version, std::string>;  // version, file name

// "the nearest are 0001 (0001_a.sql) and 0005 (0005_b.sql)" (with `what`,
// e.g. "applied": "the nearest applied are ..."): the closest versions below
// and above `version` among `known`.
std::string NearestVersions(const parser::Version& version, const std::vector<VersionName>& known,
                            const char* what);
std::vector<VersionName> AppliedVersions(const std::vector<exec::AppliedMigration>& applied);

// `--to V` must name a migration: a file, or (`applied` given) a tracking
// row. Otherwise prints which versions are nearest and returns false (exit 2).
bool CheckToVersion(const Context& ctx, const parser::Version& to, const parser::MigrationSet& set,
                    const std::vector<exec::AppliedMigration>* applied);

// A warning for each applied migration whose file is gone, saying whether
// the Down stored when it was applied still rolls it back.
void WarnMissingFiles(const Context& ctx, const std::vector<exec::MigrationState>& states);

// What to do about a dirty migration: the two `migrate repair` choices.
using exec::RepairHint;
// exec::DirtyRefusal's lines, as errors (exit 3 follows).
void RefuseDirty(const Context& ctx, const exec::MigrationState& state);

// "FILE failed at file:line:col: error" and what became of the migration.
void ReportApplyFailure(const Context& ctx, const std::string& version, const std::string& filename,
                        const exec::StepResult& result);

// `--dry-run` of an Up: "-- would apply FILE" and its statements.
void PrintWouldApply(const Context& ctx, const exec::Step& step);

// `--dry-run` of a Down: "-- would roll back FILE (Down from ORIGIN)", its
// statements and the data each would destroy; with `keep` (--keep-data)
// also what would be kept (KeepDataNotes).
void PrintWouldRollBack(const Context& ctx, pqxx::connection& conn, const exec::Step& step,
                        const std::string& origin, const exec::ArchiveOptions* keep = nullptr);

// The N of `up N` / `rollback N`: a whole number, 1 or more; `hint` says
// what to write instead.
CLI::Validator MigrationCount(const std::string& hint);

// "1 migration" / "2 migrations"
std::string Plural(size_t n, const char* one, const char* many);

}  // namespace tidemark::cli
