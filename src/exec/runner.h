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
  bool no_transaction = false;  // PostgreSQL refuses it inside a transaction block
};

// The statements of one migration's Up or Down, ready to run.
struct Step {
  std::string version;
  std::string filename;
  std::vector<StepStatement> statements;
  bool notransaction = false;  // the section says so
  // Runs statement by statement in autocommit: the section says so, or one
  // of its statements cannot run in a transaction.
  bool Autocommit() const;
};

// Builds a Step from parsed statements; `origin` names the file in positions.
Step MakeStep(const std::string& version, const std::string& filename, const std::string& origin,
              const std::vector<parser::Statement>& statements, bool notransaction);

struct StepResult {
  bool ok = true;
  std::string failed_at;  // "file:line:col" of the failed statement
  std::string error;      // the server's message
  bool partial = false;   // some of it was committed before the failure
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
// "rollback" or "verify" in log lines.
class Runner {
 public:
  using StatementLog = std::function<void(const std::string& verb, const Step& step,
                                          const StepStatement& statement, double ms)>;

  Runner(pqxx::connection& conn, const TrackingTable* tracking, StatementLog log);

  // Up with its tracking row: one transaction, or for an autocommit step a
  // row marked dirty first, then each statement, then the mark cleared.
  StepResult Apply(const Step& step, AppliedMigration row, const StepHooks* hooks = nullptr);
  // Down with the deletion of its tracking row: one transaction; statements
  // that cannot run in one run outside it.
  StepResult Revert(const Step& step, const StepHooks* hooks = nullptr);
  // Just the statements (verify): one transaction, or autocommit.
  StepResult Run(const Step& step, const std::string& verb);

 private:
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
  const TrackingTable* tracking_;
  StatementLog log_;
};

// The first line of a statement, shortened, for logs.
std::string Abbreviate(const std::string& sql, size_t max = 72);

}  // namespace tidemark::exec
