// `tidemark migrate dump [--from database|migrations] [--schema-dir DIR]
// [--force] [--stdout]`: writes a schema directory for the declarative flow
// from what a live database holds or what the migrations give. The file is
// the differ's DDL from an empty schema, in dependency order, and is read
// back before it is written: it must declare the same schema.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "analyzer/differ.h"
#include "analyzer/schema.h"
#include "cli/analyze_support.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "parser/migration.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDumpFile = "schema.sql";

struct DumpOptions {
  std::string from = "database";
  std::string schema_dir;
  std::string pg_dump;
  bool force = false;
  bool to_stdout = false;
};

std::string DumpText(const std::string& from, const std::vector<analyzer::DownPart>& parts) {
  std::string out = fmt::format(
      "-- The schema {}, written by tidemark migrate dump: a schema file of the\n"
      "-- declarative flow (docs/declarative.md). Edit it, or split it into files.\n",
      from == "database" ? "the database holds" : "the migrations give");
  for (const auto& p : parts) {
    out += "\n";
    if (!p.comment.empty()) out += "-- tidemark: " + p.comment + "\n";
    if (p.generated && !p.sql.empty()) out += p.sql + ";\n";
  }
  return out;
}

// Other .sql files beside the one written would declare the objects twice.
std::vector<std::string> OtherSchemaFiles(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql" &&
        entry.path() != dir / kDumpFile) {
      out.push_back(entry.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

int RunDump(Context& ctx, const DumpOptions& o) {
  fs::path dir = o.schema_dir.empty() ? ConfiguredSchemaDir(ctx) : o.schema_dir;
  fs::path path = dir / kDumpFile;
  if (!o.to_stdout) {
    std::vector<std::string> others = OtherSchemaFiles(dir);
    if (!others.empty()) {
      ctx.Error(fmt::format(
          "{} already holds schema files ({}{}): a dump beside them would declare their objects "
          "twice; choose an empty --schema-dir, or use --stdout",
          dir.string(), others.front(), others.size() > 1 ? ", ..." : ""));
      return kExitUsage;
    }
    std::error_code ec;
    if (fs::exists(path, ec) && !o.force) {
      ctx.Error(fmt::format("{} exists: give --force to write it again", path.string()));
      return kExitUsage;
    }
  }

  std::optional<ReplayedMigrations> replayed = LoadReplayedMigrations(ctx, ctx.options.dir);
  if (!replayed) return kExitUsage;
  const analyzer::Catalog empty = analyzer::ReplayHistory({}, 0);
  EmptyDatabases databases("");
  std::optional<DeclaredSchema> live;
  analyzer::Catalog desired;
  if (o.from == "database") {
    live = LoadDatabaseSchema(ctx, TargetOf(ctx), o.pg_dump);
    if (!live) return kExitFailure;
    if (replayed->migrations.empty()) {
      desired = live->catalog;
    } else {
      // The migrations' schema with the database's differences from it
      // applied: objects the migrations made keep their spelling, so the
      // schema files and the migrations compare equal where the database
      // does not differ (pg_dump writes every expression its own way).
      std::optional<DeclaredSchema> made =
          ThroughServer(ctx, &databases, &replayed->migrations, {}, o.pg_dump);
      if (!made) return kExitFailure;
      desired =
          analyzer::ApplyParts(replayed->catalog, analyzer::Diff(made->catalog, live->catalog));
    }
  } else {
    desired = replayed->catalog;
  }
  std::vector<analyzer::DownPart> parts = analyzer::Diff(empty, desired);
  std::string text = DumpText(o.from, parts);

  // Read back: the file must declare what it was written from, on the model
  // and, for a database, on PostgreSQL.
  std::vector<parser::MigrationFile> files;
  files.push_back(parser::ParseSchemaFile(path.string(), text));
  std::vector<parser::Diagnostic> diagnostics;
  analyzer::Catalog reread = analyzer::DesiredCatalog(files, &diagnostics);
  std::vector<analyzer::DownPart> left = analyzer::Diff(reread, desired);
  if (!parser::HasErrors(diagnostics) && left.empty() && live) {
    std::optional<DeclaredSchema> made = ThroughServer(ctx, &databases, nullptr, parts, o.pg_dump);
    if (!made) return kExitFailure;
    left = analyzer::Diff(made->catalog, live->catalog);
  }
  if (parser::HasErrors(diagnostics) || !left.empty()) {
    std::string why = parser::HasErrors(diagnostics)
                          ? parser::FormatDiagnostic(diagnostics.front())
                          : (left.front().sql.empty() ? left.front().comment : left.front().sql);
    ctx.Error(fmt::format(
        "the dump does not read back as the schema it was written from (left: {}); nothing "
        "written",
        why));
    return kExitFailure;
  }
  for (const auto& p : parts) {
    if (!p.generated) ctx.Warn(fmt::format("not in the dump: {}", p.comment));
  }

  if (o.to_stdout) {
    ctx.Out() << text;
    return kExitOk;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  fs::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    if (!out) {
      ctx.Error(fmt::format("cannot write {}", temporary.string()));
      return kExitFailure;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    ctx.Error(fmt::format("cannot write {}: {}", path.string(), ec.message()));
    return kExitFailure;
  }
  size_t statements = 0;
  for (const auto& p : parts) statements += p.generated && !p.sql.empty() ? 1 : 0;
  ctx.Out() << fmt::format("wrote {} ({} statements)\n", path.string(), statements);
  return kExitOk;
}

}  // namespace

void RegisterDump(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "dump", "Write the schema directory from the database or the migrations");
  auto o = std::make_shared<DumpOptions>();
  cmd->add_option("--from", o->from,
                  "database: what the database (--database-url) holds; migrations: what the "
                  "migrations give, replayed")
      ->check(CLI::IsMember({"database", "migrations"}))
      ->capture_default_str();
  cmd->add_option("--schema-dir", o->schema_dir,
                  "Where to write schema.sql (default: schema_dir of the config, else schema/)");
  cmd->add_option("--pg-dump", o->pg_dump,
                  "The pg_dump that reads the database (default: the server's version's)");
  cmd->add_flag("--force", o->force, "Write schema.sql again when it exists");
  cmd->add_flag("--stdout", o->to_stdout, "Print the schema file instead of writing it");
  commands->push_back({cmd, [o](Context& ctx) { return RunDump(ctx, *o); }});
}

}  // namespace tidemark::cli
