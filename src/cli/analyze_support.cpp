#include "cli/analyze_support.h"

#include <fmt/format.h>

#include <pqxx/pqxx>
#include <stdexcept>

#include "cli/config.h"
#include "cli/context.h"
#include "cli/exec_common.h"
#include "exec/archive.h"
#include "exec/drift.h"
#include "exec/schema_dump.h"

namespace tidemark::cli {

namespace {

// The name a live database's schema has in diagnostics.
constexpr const char* kLiveSchemaName = "database (pg_dump --schema-only)";

bool PrintDiagnostics(const Context& ctx, const std::vector<parser::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics) {
    if (d.severity != parser::Severity::kInfo) ctx.Err() << parser::FormatDiagnostic(d) << "\n";
  }
  return !parser::HasErrors(diagnostics);
}

}  // namespace

std::optional<DeclaredSchema> LoadDeclaredSchema(const Context& ctx,
                                                 const std::filesystem::path& schema_dir) {
  std::vector<parser::Diagnostic> diagnostics;
  std::vector<parser::MigrationFile> files = parser::LoadSchemaDirectory(schema_dir, &diagnostics);
  DeclaredSchema out;
  out.catalog = analyzer::DesiredCatalog(files, &diagnostics, &out.renames);
  if (!PrintDiagnostics(ctx, diagnostics)) return std::nullopt;
  return out;
}

std::optional<ReplayedMigrations> LoadReplayedMigrations(const Context& ctx,
                                                         const std::filesystem::path& dir) {
  parser::MigrationSet set;
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) set = parser::LoadDirectory(dir);
  std::vector<parser::Diagnostic> diagnostics = set.diagnostics;
  for (const auto& m : set.migrations) {
    for (const auto& d : m.diagnostics) diagnostics.push_back(d);
  }
  if (!PrintDiagnostics(ctx, diagnostics)) return std::nullopt;
  ReplayedMigrations out;
  out.catalog = analyzer::ReplayHistory(set.migrations, set.migrations.size());
  out.migrations = std::move(set.migrations);
  return out;
}

std::optional<DeclaredSchema> LoadDatabaseSchema(const Context& ctx,
                                                 const exec::ConnectionTarget& target,
                                                 const std::string& pg_dump) {
  if (int rc = WaitForDatabase(ctx, target); rc != 0) return std::nullopt;
  exec::SchemaDumpOptions options;
  options.pg_dump = pg_dump;
  options.exclude_schemas = {ctx.options.schema,
                             ctx.config.archive_schema.value_or(exec::kDefaultArchiveSchema)};
  std::string text;
  try {
    text = exec::DumpSchema(target, options);
  } catch (const std::exception& e) {
    ctx.Error(e.what());
    return std::nullopt;
  }
  std::vector<parser::MigrationFile> files;
  files.push_back(parser::ParseSchemaFile(kLiveSchemaName, std::move(text)));
  std::vector<parser::Diagnostic> diagnostics;
  DeclaredSchema out;
  out.catalog = analyzer::DesiredCatalog(files, &diagnostics, nullptr);
  if (!PrintDiagnostics(ctx, diagnostics)) return std::nullopt;
  return out;
}

EmptyDatabases::EmptyDatabases(std::string dev_url) : dev_url_(std::move(dev_url)) {}
EmptyDatabases::~EmptyDatabases() = default;

exec::ConnectionTarget EmptyDatabases::Next(const Context& ctx) {
  if (dev()) {
    if (dev_used_) {
      throw std::runtime_error("--dev-url gives one empty database; this needs two: leave it out");
    }
    dev_used_ = true;
    return exec::ConnectionTarget{dev_url_};
  }
  if (!scratch_) {
    ctx.Log("starting a scratch PostgreSQL");
    scratch_ = exec::ScratchPostgres::Start();
  }
  return exec::ConnectionTarget{scratch_->ConnectionString(scratch_->CreateDatabase("schema"))};
}

std::optional<DeclaredSchema> ThroughServer(const Context& ctx, EmptyDatabases* empty,
                                            const std::vector<parser::MigrationFile>* migrations,
                                            const std::vector<analyzer::DownPart>& ddl,
                                            const std::string& pg_dump) {
  exec::ConnectionTarget target;
  try {
    target = empty->Next(ctx);
    if (migrations != nullptr) {
      std::vector<exec::Step> ups;
      for (const auto& f : *migrations) {
        ups.push_back(exec::MakeStep(f.version.text(), f.filename, f.path(), f.up.statements,
                                     f.up.notransaction));
      }
      exec::ReplayUps(target.conninfo, ups);
    } else {
      pqxx::connection conn(target.conninfo);
      pqxx::work tx(conn);
      for (const auto& p : ddl) {
        if (p.generated && !p.sql.empty()) tx.exec(p.sql);
      }
      tx.commit();
    }
  } catch (const std::exception& e) {
    ctx.Error(fmt::format("cannot make the {} on an empty database{}: {}",
                          migrations != nullptr ? "migrations' schema" : "schema",
                          empty->dev() ? " (--dev-url)" : "", target.Redact(e.what())));
    return std::nullopt;
  }
  return LoadDatabaseSchema(ctx, target, pg_dump);
}

std::string ConfiguredSchemaDir(const Context& ctx) {
  return ctx.config.schema_dir.value_or(kDefaultSchemaDir);
}

std::string DownSectionText(const analyzer::MigrationAnalysis& analysis) {
  return DownSectionText(analysis.down);
}

std::string DownSectionText(const std::vector<analyzer::DownPart>& down) {
  if (analyzer::DownComplete(down)) {
    std::string out = "-- +migrate Down";
    if (analyzer::DownNeedsNoTransaction(down)) out += " notransaction";
    out += "\n";
    out += analyzer::RenderDown(down);
    return out;
  }
  // A Down with a gap is never offered as one: rollback would run its half
  // and report the migration undone. Mark it one-way, say why, and keep the
  // parts that could be generated as comments to start a hand-written Down.
  std::string out =
      "-- +migrate Down irreversible\n"
      "-- tidemark: marked irreversible because part of the Down could not be generated; write "
      "the Down by hand and remove \"irreversible\" if the migration can be undone\n";
  for (const auto& p : down) {
    if (!p.comment.empty()) out += "-- tidemark: " + p.comment + "\n";
    if (!p.generated || p.sql.empty()) continue;
    std::string sql = p.sql + ";";
    size_t start = 0;
    while (start <= sql.size()) {
      size_t end = sql.find('\n', start);
      if (end == std::string::npos) end = sql.size();
      out += "-- " + sql.substr(start, end - start) + "\n";
      start = end + 1;
    }
  }
  return out;
}

}  // namespace tidemark::cli
