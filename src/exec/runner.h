#pragma once

#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "exec/tracking.h"
#include "parser/migration.h"

namespace tidemark::exec {

// One statement to run, with the position it came from.
struct StepStatement {
  std::string sql;
  std::string where;            // "file:line:col"
  std::string origin;           // the file part of `where`
  parser::Position pos;         // where `sql` starts in it
  bool no_transaction = false;  // PostgreSQL refuses it inside a transaction block
};

// The statements of one migration's Up or Down, ready to run.
struct Step {
  std::string version;
  std::string filename;
  std::vector<StepStatement> statements;
  bool notransaction = false;  // the section says so
  // Runs in more than one part (StepBatches): the section says so, or one
  // of its statements cannot run in a transaction.
  bool Autocommit() const;
};

// One part of a step: statements [first, first + count) run together in one
// transaction, or one statement alone in autocommit.
struct StepBatch {
  bool transaction = true;
  size_t first = 0;
  size_t count = 0;
};

// The execution plan of a step, the same rule for an Up and a Down: a
// statement PostgreSQL refuses inside a transaction block, and every
// statement of a `notransaction` section, runs alone in autocommit; runs of
// the other statements share one transaction. A step that is one
// transactional batch (the usual case) runs with its tracking change in that
// transaction.
std::vector<StepBatch> StepBatches(const Step& step);

// Builds a Step from parsed statements; `origin` names the file in positions.
Step MakeStep(const std::string& version, const std::string& filename, const std::string& origin,
              const std::vector<parser::Statement>& statements, bool notransaction);

struct StepResult {
  bool ok = true;
  // "file:line:col" of the failed statement, or of the point in it the
  // server names (a syntax error, an unknown column)
  std::string failed_at;
  std::string error;     // the server's message: "ERROR: ...", then any DETAIL and HINT
  bool partial = false;  // some of it was committed before the failure
  int64_t ms = 0;
};

// Work done inside a step's transaction around its statements (keeping the
// data a Down destroys, putting it back after an Up: exec/archive.h). A hook
// that throws fails the step at that statement and the transaction rolls
// back. Hooks need the step to run in one transaction.
struct StepHooks {
  std::function<void(pqxx::transaction_base& tx, const StepStatement& statement)> before;
  std::function<void(pqxx::transaction_base& tx, const StepStatement& statement)> after;
  std::function<void(pqxx::transaction_base& tx)> at_end;  // after the last statement
};

// Runs migrations on one connection (not the lock's). `verb` is "apply",
// "rollback" or "verify" in log lines. Apply, Revert and Run are one runner
// (Execute) that differ only in what the tracking table records.
class Runner {
 public:
  using StatementLog = std::function<void(const std::string& verb, const Step& step,
                                          const StepStatement& statement, double ms)>;

  Runner(pqxx::connection& conn, const TrackingTable* tracking, StatementLog log);

  // Up with its tracking row. One transaction, or (StepBatches) the row
  // inserted marked dirty first, the batches, then the mark cleared; a
  // failure before anything was committed deletes the row again.
  StepResult Apply(const Step& step, AppliedMigration row, const StepHooks* hooks = nullptr);
  // Down with the deletion of its tracking row, batched the same way; a
  // failure before anything was committed leaves the migration applied.
  StepResult Revert(const Step& step, const StepHooks* hooks = nullptr);
  // Just the statements (verify), batched the same way.
  StepResult Run(const Step& step, const std::string& verb);

 private:
  // What the tracking table records around a step; unset members do nothing.
  struct Bookkeeping {
    // In the step's transaction when it is one, else after its last batch.
    std::function<void(pqxx::transaction_base& tx, int64_t ms)> done;
    // Before the first batch of a step in several batches: the row says a
    // run is under way, so one cut off shows up as dirty.
    std::function<void(pqxx::transaction_base& tx)> begin;
    // After a failure of a step in several batches; `partial`: something
    // of it stays committed.
    std::function<void(pqxx::transaction_base& tx, const StepResult& result)> failed;
  };
  // The one runner: the step's batches (StepBatches) with the hooks and the
  // bookkeeping.
  StepResult Execute(const Step& step, const std::string& verb, const StepHooks* hooks,
                     const Bookkeeping& books);
  // Records in the tracking row which statement is running.
  void MarkRunning(const std::string& version, const std::string& where);
  // Executes one statement, logging its duration; returns false with
  // `result` filled when it fails.
  bool Exec(pqxx::transaction_base& tx, const std::string& verb, const Step& step,
            const StepStatement& statement, StepResult* result);
  // Exec with the hooks' before and after around it.
  bool ExecHooked(pqxx::transaction_base& tx, const std::string& verb, const Step& step,
                  const StepStatement& statement, const StepHooks* hooks, StepResult* result);
  // The hooks' at_end; false with `result` filled when it throws.
  static bool AtEnd(pqxx::transaction_base& tx, const Step& step, const StepHooks* hooks,
                    StepResult* result);

  pqxx::connection& conn_;
  pg_conn* raw_ = nullptr;  // conn_'s libpq connection, for the fields of an error
  const TrackingTable* tracking_;
  StatementLog log_;
};

// Where in the file a statement's server error is: `position` is the
// server's 1-based character offset into the statement (0: none given).
std::string ErrorWhere(const StepStatement& statement, int position);

// The first line of a statement, shortened, for logs.
std::string Abbreviate(const std::string& sql, size_t max = 72);

}  // namespace tidemark::exec
