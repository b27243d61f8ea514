#include "exec/runner.h"

#include <chrono>

#include "analyzer/parse_tree.h"
#include "exec/connection.h"

namespace tidemark::exec {

namespace {

using Clock = std::chrono::steady_clock;

double MsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string ErrorText(const std::exception& e) {
  std::string text = e.what();
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

bool Step::Autocommit() const {
  if (notransaction) return true;
  for (const StepStatement& s : statements) {
    if (s.no_transaction) return true;
  }
  return false;
}

Step MakeStep(const std::string& version, const std::string& filename, const std::string& origin,
              const std::vector<parser::Statement>& statements, bool notransaction) {
  Step step;
  step.version = version;
  step.filename = filename;
  step.notransaction = notransaction;
  for (const parser::Statement& st : statements) {
    StepStatement s;
    s.sql = st.sql;
    s.where = origin + ":" + std::to_string(st.pos.line) + ":" + std::to_string(st.pos.column);
    s.no_transaction = st.parsed && analyzer::NeedsNoTransaction(st.sql);
    step.statements.push_back(std::move(s));
  }
  return step;
}

std::string Abbreviate(const std::string& sql, size_t max) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > max) out = out.substr(0, max - 3) + "...";
  return out;
}

Runner::Runner(pqxx::connection& conn, const TrackingTable* tracking, StatementLog log)
    : conn_(conn), tracking_(tracking), log_(std::move(log)) {
  // PostgreSQL 14+: notice a vanished client during a long statement, so a
  // killed tidemark does not leave its transaction running on the server.
  if (conn_.server_version() >= 140000) {
    pqxx::nontransaction tx(conn_);
    tx.exec("SET client_connection_check_interval = '1s'");
  }
}

bool Runner::Exec(pqxx::transaction_base& tx, const std::string& verb, const Step& step,
                  const StepStatement& statement, StepResult* result) {
  auto start = Clock::now();
  try {
    tx.exec(statement.sql);
  } catch (const std::exception& e) {
    result->ok = false;
    result->failed_at = statement.where;
    result->error = ErrorText(e);
    return false;
  }
  if (log_) log_(verb, step, statement, MsSince(start));
  return true;
}

bool Runner::ExecHooked(pqxx::transaction_base& tx, const std::string& verb, const Step& step,
                        const StepStatement& statement, const StepHooks* hooks,
                        StepResult* result) {
  auto hook = [&](const std::function<void(pqxx::transaction_base&, const StepStatement&)>& f) {
    if (!f) return true;
    try {
      f(tx, statement);
    } catch (const std::exception& e) {
      result->ok = false;
      result->failed_at = statement.where;
      result->error = ErrorText(e);
      return false;
    }
    return true;
  };
  if (hooks != nullptr && !hook(hooks->before)) return false;
  if (!Exec(tx, verb, step, statement, result)) return false;
  return hooks == nullptr || hook(hooks->after);
}

bool Runner::AtEnd(pqxx::transaction_base& tx, const Step& step, const StepHooks* hooks,
                   StepResult* result) {
  if (hooks == nullptr || !hooks->at_end) return true;
  try {
    hooks->at_end(tx);
  } catch (const std::exception& e) {
    result->ok = false;
    result->failed_at = step.statements.empty() ? "" : step.statements.back().where;
    result->error = ErrorText(e);
    return false;
  }
  return true;
}

StepResult Runner::Apply(const Step& step, AppliedMigration row, const StepHooks* hooks) {
  StepResult result;
  auto start = Clock::now();
  if (hooks != nullptr && step.Autocommit()) {
    result.ok = false;
    result.error = "keeping or restoring data needs the migration to run in one transaction";
    return result;
  }
  if (!step.Autocommit()) {
    try {
      pqxx::work tx(conn_);
      for (const StepStatement& s : step.statements) {
        // Rolled back by ~work on failure.
        if (!ExecHooked(tx, "apply", step, s, hooks, &result)) return result;
      }
      if (!AtEnd(tx, step, hooks, &result)) return result;
      row.execution_ms = static_cast<int64_t>(MsSince(start));
      tracking_->Insert(tx, row);
      tx.commit();
    } catch (const std::exception& e) {
      result.ok = false;
      result.error = ErrorText(e);
      return result;
    }
    result.ms = static_cast<int64_t>(MsSince(start));
    return result;
  }

  // Autocommit: the row goes in first, marked dirty, and records which
  // statement is running, so that a run cut off half way shows up in status.
  {
    pqxx::work tx(conn_);
    row.dirty = true;
    row.error = "interrupted: tidemark stopped before this migration finished";
    tracking_->Insert(tx, row);
    tx.commit();
  }
  for (const StepStatement& s : step.statements) {
    {
      pqxx::nontransaction mark(conn_);
      mark.exec_params(
          "UPDATE " + tracking_->Table(mark) + " SET failed_at = $2 WHERE version = $1",
          row.version, s.where);
    }
    bool ok = false;
    {
      pqxx::nontransaction tx(conn_);
      ok = Exec(tx, "apply", step, s, &result);
    }
    if (!ok) {
      result.partial = true;
      pqxx::nontransaction mark(conn_);
      tracking_->MarkDirty(mark, row.version, result.failed_at, result.error);
      return result;
    }
  }
  pqxx::work done(conn_);
  tracking_->ClearDirty(done, row.version);
  tracking_->SetExecutionTime(done, row.version, static_cast<int64_t>(MsSince(start)));
  done.commit();
  result.ms = static_cast<int64_t>(MsSince(start));
  return result;
}

StepResult Runner::Revert(const Step& step, const StepHooks* hooks) {
  StepResult result;
  auto start = Clock::now();
  if (hooks != nullptr && step.Autocommit()) {
    result.ok = false;
    result.error = "keeping or restoring data needs the migration to run in one transaction";
    return result;
  }
  if (!step.Autocommit()) {
    try {
      pqxx::work tx(conn_);
      for (const StepStatement& s : step.statements) {
        if (!ExecHooked(tx, "rollback", step, s, hooks, &result)) return result;
      }
      if (!AtEnd(tx, step, hooks, &result)) return result;
      tracking_->Delete(tx, step.version);
      tx.commit();
    } catch (const std::exception& e) {
      result.ok = false;
      result.error = ErrorText(e);
      return result;
    }
    result.ms = static_cast<int64_t>(MsSince(start));
    return result;
  }

  // Statements that need no transaction run alone; runs of the others share
  // a transaction. The row is marked dirty while parts are committed one by
  // one, and deleted at the end.
  {
    pqxx::work tx(conn_);
    tracking_->MarkDirty(tx, step.version, "",
                         "interrupted: tidemark stopped while rolling this migration back");
    tx.commit();
  }
  bool committed_any = false;
  size_t i = 0;
  while (i < step.statements.size()) {
    bool alone = step.notransaction || step.statements[i].no_transaction;
    // As in Apply: the row names the statement (or the first of a run of
    // them) that is running, so a rollback cut off here says where.
    {
      pqxx::nontransaction mark(conn_);
      mark.exec_params(
          "UPDATE " + tracking_->Table(mark) + " SET failed_at = $2 WHERE version = $1",
          step.version, step.statements[i].where);
    }
    if (alone) {
      bool ok = false;
      {
        pqxx::nontransaction tx(conn_);
        ok = Exec(tx, "rollback", step, step.statements[i], &result);
      }
      if (!ok) break;
      committed_any = true;
      ++i;
      continue;
    }
    try {
      pqxx::work tx(conn_);
      bool failed = false;
      while (i < step.statements.size() && !step.statements[i].no_transaction) {
        if (!Exec(tx, "rollback", step, step.statements[i], &result)) {
          failed = true;
          break;
        }
        ++i;
      }
      if (failed) break;
      tx.commit();
      committed_any = true;
    } catch (const std::exception& e) {
      result.ok = false;
      result.error = ErrorText(e);
      break;
    }
  }
  pqxx::work tx(conn_);
  if (!result.ok) {
    result.partial = committed_any;
    if (committed_any) {
      tracking_->MarkDirty(tx, step.version, result.failed_at, "rollback failed: " + result.error);
    } else {
      tracking_->ClearDirty(tx, step.version);
    }
  } else {
    tracking_->Delete(tx, step.version);
  }
  tx.commit();
  result.ms = static_cast<int64_t>(MsSince(start));
  return result;
}

StepResult Runner::Run(const Step& step, const std::string& verb) {
  StepResult result;
  auto start = Clock::now();
  if (!step.Autocommit()) {
    try {
      pqxx::work tx(conn_);
      for (const StepStatement& s : step.statements) {
        if (!Exec(tx, verb, step, s, &result)) return result;
      }
      tx.commit();
    } catch (const std::exception& e) {
      result.ok = false;
      result.error = ErrorText(e);
    }
  } else {
    for (const StepStatement& s : step.statements) {
      pqxx::nontransaction tx(conn_);
      if (!Exec(tx, verb, step, s, &result)) {
        result.partial = true;
        break;
      }
    }
  }
  result.ms = static_cast<int64_t>(MsSince(start));
  return result;
}

}  // namespace tidemark::exec
