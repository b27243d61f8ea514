#include "cli/analyze_support.h"

#include "cli/config.h"
#include "cli/context.h"

namespace tidemark::cli {

namespace {

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
