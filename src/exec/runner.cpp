#include "exec/runner.h"

#include <libpq-fe.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <pqxx/largeobject>

#include "analyzer/parse_tree.h"
#include "exec/connection.h"
#include "exec/plan.h"

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

// libpqxx 6 hands libpq's connection only to its large-object class and
// that class's subclasses; the runner needs it to read a server error's
// fields (its position in the statement, its detail and hint), which
// libpqxx's exceptions leave out.
class RawConnection : public pqxx::largeobject {
 public:
  static PGconn* Of(const pqxx::dbtransaction& tx) { return raw_connection(tx); }
};

// "ERROR: message; DETAIL: ...; HINT: ..." from a failed result (PostgreSQL's
// own text has two spaces after "ERROR:" and the statement quoted with a caret).
std::string ServerError(const PGresult* res) {
  auto field = [res](int code) {
    const char* value = PQresultErrorField(res, code);
    return value != nullptr ? std::string(value) : std::string();
  };
  std::string severity = field(PG_DIAG_SEVERITY_NONLOCALIZED);
  std::string text =
      (severity.empty() ? "ERROR" : severity) + ": " + field(PG_DIAG_MESSAGE_PRIMARY);
  if (std::string detail = field(PG_DIAG_MESSAGE_DETAIL); !detail.empty()) {
    text += "; DETAIL: " + detail;
  }
  if (std::string hint = field(PG_DIAG_MESSAGE_HINT); !hint.empty()) text += "; HINT: " + hint;
  return text;
}

}  // namespace

std::string ErrorWhere(const StepStatement& statement, int position) {
  if (position <= 0 || statement.origin.empty()) return statement.where;
  parser::Position pos = statement.pos;
  int chars = 0;
  for (char c : statement.sql) {
    if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // UTF-8 continuation
    if (++chars == position) break;
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return Where(statement.origin, pos);
}

std::vector<StepBatch> StepBatches(const Step& step) {
  std::vector<StepBatch> batches;
  for (size_t i = 0; i < step.statements.size(); ++i) {
    bool alone = step.notransaction || step.statements[i].no_transaction;
    if (!alone && !batches.empty() && batches.back().transaction) {
      ++batches.back().count;
      continue;
    }
    batches.push_back({.transaction = !alone, .first = i, .count = 1});
  }
  return batches;
}

bool Step::Autocommit() const {
  std::vector<StepBatch> batches = StepBatches(*this);
  return batches.size() > 1 || (batches.size() == 1 && !batches[0].transaction);
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
    s.where = Where(origin, st.pos);
    s.origin = origin;
    s.pos = st.pos;
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
  pqxx::work probe(conn_);  // rolled back: only its connection is wanted
  raw_ = RawConnection::Of(probe);
}

bool Runner::Exec(pqxx::transaction_base& /*tx*/, const std::string& verb, const Step& step,
                  const StepStatement& statement, StepResult* result) {
  // The statement goes to libpq on the transaction's connection (the
  // transaction `tx` has begun there, or none for autocommit), so that a
  // failure keeps the server's error fields.
  auto start = Clock::now();
  std::unique_ptr<PGresult, void (*)(PGresult*)> res(PQexec(raw_, statement.sql.c_str()), PQclear);
  ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
  if (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR ||
      status == PGRES_BAD_RESPONSE) {
    result->ok = false;
    const char* position =
        res ? PQresultErrorField(res.get(), PG_DIAG_STATEMENT_POSITION) : nullptr;
    result->failed_at = ErrorWhere(statement, position != nullptr ? std::atoi(position) : 0);
    result->error = res && PQresultErrorField(res.get(), PG_DIAG_MESSAGE_PRIMARY) != nullptr
                        ? ServerError(res.get())
                        : ErrorText(std::runtime_error(PQerrorMessage(raw_)));
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

void Runner::MarkRunning(const std::string& version, const std::string& where) {
  pqxx::nontransaction mark(conn_);
  mark.exec_params("UPDATE " + tracking_->Table(mark) + " SET failed_at = $2 WHERE version = $1",
                   version, where);
}

StepResult Runner::Execute(const Step& step, const std::string& verb, const StepHooks* hooks,
                           const Bookkeeping& books) {
  StepResult result;
  auto start = Clock::now();
  if (!step.Autocommit()) {
    try {
      pqxx::work tx(conn_);
      for (const StepStatement& s : step.statements) {
        // Rolled back by ~work on failure.
        if (!ExecHooked(tx, verb, step, s, hooks, &result)) return result;
      }
      if (!AtEnd(tx, step, hooks, &result)) return result;
      if (books.done) books.done(tx, static_cast<int64_t>(MsSince(start)));
      tx.commit();
    } catch (const std::exception& e) {
      result.ok = false;
      result.error = ErrorText(e);
      return result;
    }
    result.ms = static_cast<int64_t>(MsSince(start));
    return result;
  }

  if (hooks != nullptr) {
    result.ok = false;
    result.error = "keeping or restoring data needs the migration to run in one transaction";
    return result;
  }
  if (books.begin) {
    try {
      pqxx::work tx(conn_);
      books.begin(tx);
      // With the dirty row, in its transaction: the first statement, so
      // that no moment has the row dirty without naming one (a kill
      // between two commits left failed_at empty).
      if (tracking_ != nullptr && !step.statements.empty()) {
        tx.exec_params("UPDATE " + tracking_->Table(tx) + " SET failed_at = $2 WHERE version = $1",
                       step.version, step.statements.front().where);
      }
      tx.commit();
    } catch (const std::exception& e) {
      result.ok = false;  // nothing of it ran
      result.error = ErrorText(e);
      return result;
    }
  }
  bool committed_any = false;
  for (const StepBatch& batch : StepBatches(step)) {
    try {
      // The row names the statement (or the first of a batch) that is
      // running, so a run cut off here says where (the first one is
      // named already).
      if (tracking_ != nullptr && books.begin && batch.first > 0) {
        MarkRunning(step.version, step.statements[batch.first].where);
      }
      if (batch.transaction) {
        pqxx::work tx(conn_);
        for (size_t i = batch.first; i < batch.first + batch.count && result.ok; ++i) {
          Exec(tx, verb, step, step.statements[i], &result);
        }
        if (result.ok) tx.commit();
      } else {
        pqxx::nontransaction tx(conn_);
        Exec(tx, verb, step, step.statements[batch.first], &result);
      }
    } catch (const std::exception& e) {
      result.ok = false;
      result.error = ErrorText(e);
    }
    if (!result.ok) {
      // A failed transaction left nothing; a statement that failed in
      // autocommit may have (CREATE INDEX CONCURRENTLY leaves an invalid
      // index behind).
      result.partial = committed_any || !batch.transaction;
      break;
    }
    committed_any = true;
  }
  // The bookkeeping after the statements needs the connection they ran on;
  // when it is gone (cut, the server stopped), the row stays dirty as
  // books.begin and MarkRunning left it, naming the statement that ran.
  auto keep_books = [&](const std::function<void(pqxx::transaction_base&)>& write) {
    try {
      pqxx::work tx(conn_);
      write(tx);
      tx.commit();
    } catch (const std::exception& e) {
      if (result.ok) {
        result.ok = false;
        result.failed_at = step.statements.empty() ? "" : step.statements.back().where;
        result.error =
            "it ran to its end, but its tracking row could not be updated: " + ErrorText(e);
      } else {
        result.error += "; its tracking row could not be updated: " + ErrorText(e);
      }
      result.partial = true;  // the row is left dirty
    }
  };
  if (!result.ok) {
    if (books.failed) keep_books([&](pqxx::transaction_base& tx) { books.failed(tx, result); });
  } else if (books.done) {
    keep_books(
        [&](pqxx::transaction_base& tx) { books.done(tx, static_cast<int64_t>(MsSince(start))); });
  }
  result.ms = static_cast<int64_t>(MsSince(start));
  return result;
}

StepResult Runner::Apply(const Step& step, AppliedMigration row, const StepHooks* hooks) {
  const TrackingTable& tracking = *tracking_;
  Bookkeeping books;
  bool batched = step.Autocommit();
  books.done = [&](pqxx::transaction_base& tx, int64_t ms) {
    if (!batched) {
      row.execution_ms = ms;
      tracking.Insert(tx, row);
      return;
    }
    tracking.ClearDirty(tx, row.version);
    tracking.SetExecutionTime(tx, row.version, ms);
  };
  books.begin = [&](pqxx::transaction_base& tx) {
    AppliedMigration dirty = row;
    dirty.dirty = true;
    dirty.error = "interrupted: tidemark stopped before this migration finished";
    tracking.Insert(tx, dirty);
  };
  books.failed = [&](pqxx::transaction_base& tx, const StepResult& result) {
    if (result.partial) {
      tracking.MarkDirty(tx, row.version, result.failed_at, result.error);
    } else {
      tracking.Delete(tx, row.version);  // nothing of it was applied: pending again
    }
  };
  return Execute(step, "apply", hooks, books);
}

StepResult Runner::Revert(const Step& step, const StepHooks* hooks) {
  const TrackingTable& tracking = *tracking_;
  Bookkeeping books;
  books.done = [&](pqxx::transaction_base& tx, int64_t) { tracking.Delete(tx, step.version); };
  books.begin = [&](pqxx::transaction_base& tx) {
    tracking.MarkDirty(tx, step.version, "",
                       "interrupted: tidemark stopped while rolling this migration back");
  };
  books.failed = [&](pqxx::transaction_base& tx, const StepResult& result) {
    if (result.partial) {
      tracking.MarkDirty(tx, step.version, result.failed_at, "rollback failed: " + result.error);
    } else {
      tracking.ClearDirty(tx, step.version);  // nothing of it was undone: still applied
    }
  };
  return Execute(step, "rollback", hooks, books);
}

StepResult Runner::Run(const Step& step, const std::string& verb) {
  return Execute(step, verb, nullptr, {});
}

}  // namespace tidemark::exec
