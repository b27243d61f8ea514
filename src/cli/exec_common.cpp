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

namespace {

std::string NameOf(const pg_query::Node& node) {
  return node.has_string() ? node.string().sval() : std::string();
}

int64_t Count(pqxx::connection& conn, const std::string& sql) {
  pqxx::read_transaction tx(conn);
  pqxx::result r = tx.exec(sql);
  return r.empty() || r[0][0].is_null() ? -1 : r[0][0].as<int64_t>();
}

bool TableExists(pqxx::connection& conn, const std::string& qualified) {
  pqxx::read_transaction tx(conn);
  return !tx.exec1("SELECT to_regclass(" + tx.quote(qualified) + ") IS NULL")[0].as<bool>();
}

// "-- changes column t.c from numeric(12,2) to integer, which rounds ...
// (3 non-null values)" when the conversion can round, cut or fail on the
// values the column holds now; empty when it keeps every value.
std::string TypeChangeNote(pqxx::connection& conn, const std::string& qualified,
                           const pg_query::AlterTableCmd& cmd) {
  if (!cmd.def().has_column_def() || !TableExists(conn, qualified)) return "";
  pqxx::read_transaction tx(conn);
  pqxx::result current = tx.exec(
      "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass(" +
      tx.quote(qualified) + ") AND attname = " + tx.quote(cmd.name()) + " AND NOT attisdropped");
  tx.abort();
  if (current.empty()) return "";
  // The column's type as the server prints it, read back as a type name.
  analyzer::ParseTree tree =
      analyzer::ParseTree::Parse("CREATE TABLE t (c " + current[0][0].as<std::string>() + ")");
  if (!tree.ok() || tree.size() != 1 || !tree.stmt(0).has_create_stmt()) return "";
  const pg_query::TypeName& from =
      tree.stmt(0).create_stmt().table_elts(0).column_def().type_name();
  const pg_query::ColumnDef& def = cmd.def().column_def();
  analyzer::Conversion c = analyzer::ConvertColumn(from, def.type_name());
  if (c.effect == analyzer::ValueEffect::kExact) return "";
  if (def.has_raw_default() && !analyzer::PlainConversion(def.raw_default(), cmd.name())) {
    return "";  // a USING expression of the user's: no claim about it
  }
  std::string column = analyzer::QuoteIdentifier(cmd.name());
  int64_t values = Count(conn, fmt::format("SELECT count({}) FROM {}", column, qualified));
  std::string what =
      fmt::format("-- changes column {}.{} from {} to {}", qualified, column,
                  analyzer::TypeDisplay(from), analyzer::TypeDisplay(def.type_name()));
  std::string effect;
  if (c.effect == analyzer::ValueEffect::kLossy) {
    effect =
        ", which " + c.loss + " without an error" + (c.failure.empty() ? "" : "; it " + c.failure);
  } else {
    effect = "; it " + c.reason;
  }
  return fmt::format("{}{} ({} non-null {})", what, effect, values,
                     values == 1 ? "value" : "values");
}

}  // namespace

std::vector<std::string> DataLossNotes(pqxx::connection& conn, const std::string& sql) {
  std::vector<std::string> notes;
  analyzer::ParseTree tree = analyzer::ParseTree::Parse(sql);
  if (!tree.ok()) return notes;
  for (int i = 0; i < tree.size(); ++i) {
    const pg_query::Node& stmt = tree.stmt(i);
    if (stmt.has_drop_stmt() && stmt.drop_stmt().remove_type() == pg_query::OBJECT_TABLE) {
      for (const pg_query::Node& object : stmt.drop_stmt().objects()) {
        if (!object.has_list()) continue;
        std::vector<std::string> parts;
        for (const pg_query::Node& item : object.list().items()) parts.push_back(NameOf(item));
        if (parts.empty()) continue;
        std::string schema = parts.size() > 1 ? parts[parts.size() - 2] : "";
        std::string qualified = analyzer::QualifiedName(schema, parts.back());
        if (!TableExists(conn, qualified)) continue;
        int64_t rows = Count(conn, "SELECT count(*) FROM " + qualified);
        notes.push_back(fmt::format("-- drops table {} ({})", qualified,
                                    Plural(static_cast<size_t>(rows), "row", "rows")));
      }
    }
    if (stmt.has_alter_table_stmt()) {
      const auto& alter = stmt.alter_table_stmt();
      const auto& rel = alter.relation();
      std::string qualified = analyzer::QualifiedName(rel.schemaname(), rel.relname());
      for (const pg_query::Node& cmd : alter.cmds()) {
        if (cmd.has_alter_table_cmd() &&
            cmd.alter_table_cmd().subtype() == pg_query::AT_AlterColumnType) {
          if (std::string note = TypeChangeNote(conn, qualified, cmd.alter_table_cmd());
              !note.empty()) {
            notes.push_back(std::move(note));
          }
          continue;
        }
        if (!cmd.has_alter_table_cmd() ||
            cmd.alter_table_cmd().subtype() != pg_query::AT_DropColumn) {
          continue;
        }
        if (!TableExists(conn, qualified)) continue;
        std::string column = analyzer::QuoteIdentifier(cmd.alter_table_cmd().name());
        pqxx::read_transaction tx(conn);
        pqxx::result has = tx.exec(
            "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(" + tx.quote(qualified) +
            ") AND attname = " + tx.quote(cmd.alter_table_cmd().name()) + " AND NOT attisdropped");
        tx.abort();
        if (has.empty()) continue;
        int64_t values = Count(conn, fmt::format("SELECT count({}) FROM {}", column, qualified));
        int64_t rows = Count(conn, "SELECT count(*) FROM " + qualified);
        notes.push_back(fmt::format("-- drops column {}.{} ({} non-null in {})", qualified, column,
                                    values, Plural(static_cast<size_t>(rows), "row", "rows")));
      }
    }
  }
  return notes;
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
                        const std::string& origin) {
  ctx.Out() << "-- would roll back " << step.filename << " (Down from " << origin
            << (step.Autocommit() ? "; statements needing no transaction run alone" : "") << ")\n";
  for (const auto& st : step.statements) {
    for (const auto& note : DataLossNotes(conn, st.sql)) ctx.Out() << note << "\n";
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
