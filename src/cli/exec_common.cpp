#include "cli/exec_common.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cctype>

#include "analyzer/parse_tree.h"
#include "analyzer/type_conversion.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"

namespace tidemark::cli {

std::string Plural(size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::optional<parser::MigrationSet> LoadMigrationsChecked(const Context& ctx) {
  std::error_code ec;
  if (!std::filesystem::is_directory(ctx.options.dir, ec)) {
    ctx.Error(fmt::format("migrations directory {} does not exist (use --dir)", ctx.options.dir));
    return std::nullopt;
  }
  parser::MigrationSet set = parser::LoadDirectory(ctx.options.dir);
  std::vector<parser::Diagnostic> errors;
  for (const auto& d : set.diagnostics) {
    if (d.severity == parser::Severity::kError) errors.push_back(d);
  }
  size_t bad_files = 0;
  for (const auto& m : set.migrations) {
    bool bad = false;
    for (const auto& d : m.diagnostics) {
      if (d.severity == parser::Severity::kError) {
        errors.push_back(d);
        bad = true;
      }
    }
    if (m.undo) {
      for (const auto& d : m.undo->diagnostics) {
        if (d.severity == parser::Severity::kError) {
          errors.push_back(d);
          bad = true;
        }
      }
    }
    if (bad) ++bad_files;
  }
  if (!errors.empty()) {
    PrintDiagnostics(ctx.Err(), errors);
    ctx.Error(fmt::format("refusing to run: {} in {} (fix them, then run again)",
                          Plural(errors.size(), "error", "errors"), ctx.options.dir));
    return std::nullopt;
  }
  return set;
}

exec::ConnectionTarget TargetOf(const Context& ctx) { return {ctx.options.database_url}; }

int WaitForDatabase(const Context& ctx, const exec::ConnectionTarget& target) {
  if (ctx.options.wait.empty()) return kExitOk;
  auto timeout = exec::ParseDuration(ctx.options.wait);
  if (!timeout) {
    ctx.Error(
        fmt::format("--wait {}: expected a duration such as 60s, 500ms or 2m", ctx.options.wait));
    return kExitUsage;
  }
  auto trimmed = [](std::string text) {  // libpq ends its messages with a newline
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
      text.pop_back();
    }
    return text;
  };
  try {
    exec::ConnectWaiting(target, *timeout, [&](const std::string& error) {
      if (!ctx.options.quiet) {
        ctx.Error(fmt::format("waiting up to {} for the database to accept connections ({})",
                              ctx.options.wait, trimmed(error)));
      }
    });
  } catch (const std::runtime_error& e) {
    ctx.Error(fmt::format(
        "the database did not accept connections within {} (--wait); the last attempt: {}",
        ctx.options.wait, trimmed(e.what())));
    return kExitFailure;
  }
  return kExitOk;
}

int OpenSession(const Context& ctx, const SessionOptions& options, Session* session) {
  session->target = TargetOf(ctx);
  if (int rc = WaitForDatabase(ctx, session->target)) return rc;
  session->tracking = std::make_unique<exec::TrackingTable>(ctx.options.schema);
  if (options.lock) {
    auto timeout = exec::ParseDuration(ctx.options.lock_timeout);
    if (!timeout) {
      ctx.Error(fmt::format("--lock-timeout {}: expected a duration such as 10s, 500ms or 2m",
                            ctx.options.lock_timeout));
      return kExitUsage;
    }
    int holder = 0;
    session->lock =
        exec::MigrationLock::Acquire(session->target, ctx.options.schema, *timeout, &holder);
    if (!session->lock) {
      ctx.Error(
          fmt::format("another migration run holds the lock on this database{}; gave up after {} "
                      "(--lock-timeout)",
                      holder > 0 ? fmt::format(" (server process {})", holder) : std::string(),
                      ctx.options.lock_timeout));
      return kExitLockTimeout;
    }
  }
  session->conn = exec::Connect(session->target);
  if (options.create) session->tracking->Ensure(*session->conn);
  pqxx::read_transaction tx(*session->conn);
  session->applied = session->tracking->Load(tx);
  return kExitOk;
}

exec::Runner::StatementLog StatementLogger(const Context& ctx) {
  if (ctx.options.verbose <= 0) return nullptr;
  return [&ctx](const std::string& verb, const exec::Step& step,
                const exec::StepStatement& statement, double ms) {
    ctx.Log(fmt::format("{} {}: {} ({:.0f} ms)", verb, step.filename,
                        exec::Abbreviate(statement.sql), ms));
  };
}

int Guarded(const Context& ctx, const std::function<int()>& body) {
  exec::ConnectionTarget target = TargetOf(ctx);
  try {
    return body();
  } catch (const std::exception& e) {
    ctx.Error(target.Redact(e.what()));
    return kExitFailure;
  }
}

void PrintErrors(const Context& ctx, const std::vector<parser::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity == parser::Severity::kError) ctx.Err() << parser::FormatDiagnostic(d) << "\n";
  }
}

std::vector<std::string> DataLossNotes(pqxx::connection& conn, const std::string& sql) {
  std::vector<std::string> notes;
  pqxx::read_transaction tx(conn);
  for (const exec::DataLoss& loss : exec::PlanDataLoss(tx, sql)) {
    // What is not kept is said only where keeping is asked for (KeepDataNotes).
    if (loss.kind != exec::DataLoss::Kind::kNotKept && !loss.note.empty()) {
      notes.push_back(loss.note);
    }
  }
  return notes;
}

nlohmann::json NotesJson(pqxx::connection& conn, const std::string& sql,
                         const exec::ArchiveOptions* keep) {
  nlohmann::json j = nlohmann::json::object();
  auto text = [](const std::string& note) {  // the comment's words, without "-- "
    return note.rfind("-- ", 0) == 0 ? note.substr(3) : note;
  };
  nlohmann::json losses = nlohmann::json::array();
  {
    pqxx::read_transaction tx(conn);
    for (const exec::DataLoss& loss : exec::PlanDataLoss(tx, sql)) {
      if (loss.kind == exec::DataLoss::Kind::kNotKept || loss.note.empty()) continue;
      const char* kind = loss.kind == exec::DataLoss::Kind::kTable    ? "table"
                         : loss.kind == exec::DataLoss::Kind::kColumn ? "column"
                         : loss.kind == exec::DataLoss::Kind::kValues ? "values"
                                                                      : "note";
      nlohmann::json l{{"kind", kind}, {"note", text(loss.note)}};
      if (loss.Archived()) l["object"] = loss.Object();
      losses.push_back(std::move(l));
    }
  }
  j["data_loss"] = losses;
  if (keep != nullptr) {
    nlohmann::json kept = nlohmann::json::array();
    for (const std::string& note : KeepDataNotes(conn, sql, *keep)) kept.push_back(text(note));
    j["keep_data"] = kept;
  }
  return j;
}

std::vector<std::string> KeepDataNotes(pqxx::connection& conn, const std::string& sql,
                                       const exec::ArchiveOptions& options) {
  std::vector<std::string> notes;
  pqxx::read_transaction tx(conn);
  std::string in = analyzer::QuoteIdentifier(options.schema);
  for (const exec::DataLoss& loss : exec::PlanDataLoss(tx, sql)) {
    if (loss.kind == exec::DataLoss::Kind::kNotKept) {
      notes.push_back(loss.note);
      continue;
    }
    if (!loss.Archived()) continue;
    if (!loss.refusal.empty()) {
      notes.push_back("-- " + loss.refusal);
      continue;
    }
    if (options.max_bytes > 0 && loss.table_bytes > options.max_bytes) {
      notes.push_back(fmt::format("-- cannot keep {}: its table takes {}, over the limit of {}",
                                  loss.Object(), exec::ByteSize(loss.table_bytes),
                                  exec::ByteSize(options.max_bytes)));
      continue;
    }
    std::string what = loss.kind == exec::DataLoss::Kind::kTable    ? "every row of table"
                       : loss.kind == exec::DataLoss::Kind::kColumn ? "every value of column"
                                                                    : "the values changed in";
    std::string key;
    for (const std::string& k : loss.key) {
      key += (key.empty() ? "" : ", ") + analyzer::QuoteIdentifier(k);
    }
    notes.push_back(fmt::format("-- would keep {} {}{} in {} (about {})", what, loss.Object(),
                                key.empty() ? "" : " by key (" + key + ")", in,
                                exec::ByteSize(exec::Archiver::EstimateBytes(tx, loss))));
  }
  return notes;
}

exec::StepHooks KeepHooks(exec::Archiver* archiver, const std::string& version,
                          std::vector<std::string>* lines) {
  exec::StepHooks hooks;
  hooks.before = [archiver, version, lines](pqxx::transaction_base& tx,
                                            const exec::StepStatement& s) {
    for (auto& line : archiver->Keep(tx, version, s.where, s.sql)) lines->push_back(line);
  };
  hooks.after = [archiver, lines](pqxx::transaction_base& tx, const exec::StepStatement&) {
    for (auto& line : archiver->AfterStatement(tx)) lines->push_back(line);
  };
  return hooks;
}

exec::StepHooks RestoreHooks(exec::Archiver* archiver, const std::string& version,
                             std::vector<exec::RestoreOutcome>* outcomes) {
  exec::StepHooks hooks;
  hooks.at_end = [archiver, version, outcomes](pqxx::transaction_base& tx) {
    *outcomes = archiver->Restore(tx, version);
  };
  return hooks;
}

void PrintRestored(const Context& ctx, const std::string& filename,
                   const std::vector<exec::RestoreOutcome>& outcomes) {
  for (const exec::RestoreOutcome& o : outcomes) {
    const exec::ArchiveRecord& r = o.record;
    if (o.restored) {
      if (!ctx.options.quiet && !ctx.json()) {
        ctx.Out() << fmt::format("  put back {} {}: {}\n", r.kind, r.object,
                                 Plural(static_cast<size_t>(o.rows), "row", "rows"));
      }
      continue;
    }
    ctx.Warn(fmt::format(
        "{}: the {} kept from {} {}does not fit any more: {}; it stays in {} (`tidemark migrate "
        "archive show {}`)",
        filename, r.kind == "values" ? "values" : r.kind, r.object,
        o.rows > 0 ? fmt::format("was put back in part ({}), the rest ",
                                 Plural(static_cast<size_t>(o.rows), "row", "rows"))
                   : "",
        o.reason, r.ArchiveName(), r.version));
  }
}

nlohmann::json RestoredJson(const std::vector<exec::RestoreOutcome>& outcomes) {
  nlohmann::json list = nlohmann::json::array();
  for (const exec::RestoreOutcome& o : outcomes) {
    list.push_back({{"object", o.record.object},
                    {"kind", o.record.kind},
                    {"restored", o.restored},
                    {"rows", o.rows},
                    {"reason", o.reason}});
  }
  return list;
}

std::optional<exec::ArchiveOptions> KeepOptionsOf(const Context& ctx, const KeepDataFlags& flags) {
  exec::ArchiveOptions options;
  options.schema = !flags.archive_schema.empty()
                       ? flags.archive_schema
                       : ctx.config.archive_schema.value_or(exec::kDefaultArchiveSchema);
  std::string max =
      !flags.max_size.empty() ? flags.max_size : ctx.config.max_archive_size.value_or("");
  if (!max.empty()) {
    auto bytes = exec::ParseByteSize(max);
    if (!bytes) {
      ctx.Error(fmt::format(
          "--max-archive-size {}: expected a size such as 500MB, 2GB or 65536 (bytes)", max));
      return std::nullopt;
    }
    options.max_bytes = *bytes;
  }
  return options;
}

bool KeepDataWanted(const Context& ctx, const KeepDataFlags& flags) {
  if (flags.no_keep) return false;
  return flags.keep || ctx.config.keep_data.value_or(false);
}

bool RestoreDataWanted(const Context& ctx, bool flag, bool no_flag) {
  if (no_flag) return false;
  return flag || ctx.config.restore_data.value_or(false);
}

void AddKeepDataFlags(CLI::App* cmd, KeepDataFlags* flags) {
  cmd->add_flag("--keep-data", flags->keep,
                "Keep the rows and values the Down destroys in the archive schema (in the same "
                "transaction), to be put back by `up --restore-data`");
  cmd->add_flag("--no-keep-data", flags->no_keep,
                "Do not keep them (overrides rollback.keep_data)");
  cmd->add_option("--archive-schema", flags->archive_schema,
                  "Schema that holds kept data (default tidemark_archive)");
  cmd->add_option("--max-archive-size", flags->max_size,
                  "Refuse to keep a table larger than this, e.g. 2GB");
}

std::string NearestVersions(const parser::Version& version, const std::vector<VersionName>& known,
                            const char* what) {
  const VersionName* below = nullptr;
  const VersionName* above = nullptr;
  for (const auto& k : known) {
    if (k.first < version && (below == nullptr || below->first < k.first)) below = &k;
    if (version < k.first && (above == nullptr || k.first < above->first)) above = &k;
  }
  std::vector<std::string> nearest;
  for (const auto* k : {below, above}) {
    if (k != nullptr) nearest.push_back(fmt::format("{} ({})", k->first.text(), k->second));
  }
  std::string adjective = *what != '\0' ? fmt::format(" {}", what) : "";
  if (nearest.empty()) return fmt::format("there are no{} migrations", adjective);
  if (nearest.size() == 1) return fmt::format("the nearest{} is {}", adjective, nearest[0]);
  return fmt::format("the nearest{} are {} and {}", adjective, nearest[0], nearest[1]);
}

std::vector<VersionName> AppliedVersions(const std::vector<exec::AppliedMigration>& applied) {
  std::vector<VersionName> known;
  for (const exec::AppliedMigration& row : applied) {
    if (auto v = parser::Version::Parse(row.version)) known.emplace_back(*v, row.name);
  }
  return known;
}

bool CheckToVersion(const Context& ctx, const parser::Version& to, const parser::MigrationSet& set,
                    const std::vector<exec::AppliedMigration>* applied) {
  std::vector<VersionName> known;  // version, file name
  for (const parser::MigrationFile& f : set.migrations) known.emplace_back(f.version, f.filename);
  if (applied != nullptr) {
    for (auto& k : AppliedVersions(*applied)) known.push_back(std::move(k));
  }
  for (const auto& k : known) {
    if (k.first == to) return true;
  }
  ctx.Error(fmt::format("--to {}: no migration has this version; {}", to.text(),
                        NearestVersions(to, known, "")));
  return false;
}

void WarnMissingFiles(const Context& ctx, const std::vector<exec::MigrationState>& states) {
  for (const exec::MigrationState& s : states) {
    if (s.applied == nullptr || s.file != nullptr) continue;
    exec::DownPlan down = exec::PlanDown(s);
    ctx.Warn(fmt::format(
        "{} is applied but its file is missing from {} (the migration directory is corrupt, or "
        "this is an older release of the files); {}",
        s.filename, ctx.options.dir,
        down.source == exec::DownPlan::Source::kStored
            ? "it can still be rolled back: the Down stored when it was applied will run"
            : "it cannot be rolled back: " + exec::NoDownReason(s, down.source)));
  }
}

void RefuseDirty(const Context& ctx, const exec::MigrationState& state) {
  for (const std::string& line : exec::DirtyRefusal(state)) ctx.Error(line);
}

void ReportApplyFailure(const Context& ctx, const std::string& version, const std::string& filename,
                        const exec::StepResult& result) {
  ctx.Error(fmt::format("{} failed{}: {}", filename,
                        result.failed_at.empty() ? "" : " at " + result.failed_at, result.error));
  if (result.partial) {
    ctx.Error(fmt::format("{} ran without a transaction and stopped half way: it is marked dirty",
                          filename));
    ctx.Error(RepairHint(version));
  } else {
    ctx.Error(fmt::format("{} was rolled back; nothing of it was applied", filename));
  }
}

void PrintWouldApply(const Context& ctx, const exec::Step& step) {
  ctx.Out() << "-- would apply " << step.filename
            << (step.Autocommit() ? " (no transaction: statement by statement)" : "") << "\n";
  for (const auto& st : step.statements) ctx.Out() << st.sql << ";\n";
  ctx.Out() << "\n";
}

void PrintWouldRollBack(const Context& ctx, pqxx::connection& conn, const exec::Step& step,
                        const std::string& origin, const exec::ArchiveOptions* keep) {
  ctx.Out() << "-- would roll back " << step.filename << " (Down from " << origin
            << (step.Autocommit() ? "; statements needing no transaction run alone" : "") << ")\n";
  if (keep != nullptr && step.Autocommit()) {
    ctx.Out() << "-- cannot keep data: --keep-data needs the Down to run in one transaction\n";
  }
  for (const auto& st : step.statements) {
    for (const auto& note : DataLossNotes(conn, st.sql)) ctx.Out() << note << "\n";
    if (keep != nullptr) {
      for (const auto& note : KeepDataNotes(conn, st.sql, *keep)) ctx.Out() << note << "\n";
    }
    ctx.Out() << st.sql << ";\n";
  }
  ctx.Out() << "\n";
}

CLI::Validator MigrationCount(const std::string& hint) {
  return CLI::Validator(
      [hint](std::string& value) -> std::string {
        bool digits = !value.empty() && value.size() <= 9 &&
                      value.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoi(value) >= 1) return "";
        return fmt::format(
            "\"{}\" is not a number of migrations: give a whole number, 1 or more; {}", value,
            hint);
      },
      "COUNT");
}

}  // namespace tidemark::cli
