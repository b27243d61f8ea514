// `tidemark migrate archive list | show V | drop [V | --older-than DURATION]`:
// the data `rollback --keep-data` kept (docs/keep-data.md).
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "analyzer/parse_tree.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

struct ArchiveOptions {
  std::string version;  // show, drop
  std::string older_than;
};

nlohmann::json RecordJson(const exec::ArchiveRecord& r) {
  return {{"id", r.id},
          {"version", r.version},
          {"kind", r.kind},
          {"object", r.object},
          {"key", r.key},
          {"column_types", r.column_types},
          {"archive_table", r.ArchiveName()},
          {"rows", r.rows},
          {"bytes", r.bytes},
          {"statement", r.statement},
          {"archived_at", r.archived_at}};
}

// The given version as the records spell it: "7" finds "0007".
std::optional<std::string> RecordVersion(const std::vector<exec::ArchiveRecord>& records,
                                         const std::string& text) {
  auto wanted = parser::Version::Parse(text);
  if (!wanted) return std::nullopt;
  for (const auto& r : records) {
    auto v = parser::Version::Parse(r.version);
    if (v && *v == *wanted) return r.version;
  }
  return std::nullopt;
}

int RunList(Context& ctx) {
  Session session;
  if (int rc = OpenSession(ctx, {.lock = false, .create = false}, &session)) return rc;
  exec::Archiver archiver(*session.tracking, {});
  std::vector<exec::ArchiveRecord> records;
  {
    pqxx::read_transaction tx(*session.conn);
    records = archiver.List(tx);
  }
  if (ctx.json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : records) list.push_back(RecordJson(r));
    PrintJson(ctx, "archive-list", nlohmann::json{{"archives", list}});
    return kExitOk;
  }
  if (records.empty()) {
    if (!ctx.options.quiet) ctx.Out() << "no archived data\n";
    return kExitOk;
  }
  size_t version_width = std::string("VERSION").size();
  size_t object_width = std::string("OBJECT").size();
  for (const auto& r : records) {
    version_width = std::max(version_width, r.version.size());
    object_width = std::max(object_width, r.object.size());
  }
  std::string line = "{:<" + std::to_string(version_width) + "}  {:<6}  {:<" +
                     std::to_string(object_width) + "}  {:>9}  {:>9}  {}\n";
  ctx.Out() << fmt::format(fmt::runtime(line), "VERSION", "KIND", "OBJECT", "ROWS", "SIZE",
                           "ARCHIVED AT");
  int64_t bytes = 0;
  for (const auto& r : records) {
    ctx.Out() << fmt::format(fmt::runtime(line), r.version, r.kind, r.object, r.rows,
                             exec::ByteSize(r.bytes), r.archived_at);
    bytes += r.bytes;
  }
  if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("\n{}, {}\n", Plural(records.size(), "archive", "archives"),
                             exec::ByteSize(bytes));
  }
  return kExitOk;
}

int RunShow(Context& ctx, const ArchiveOptions& opt) {
  Session session;
  if (int rc = OpenSession(ctx, {.lock = false, .create = false}, &session)) return rc;
  exec::Archiver archiver(*session.tracking, {});
  std::vector<exec::ArchiveRecord> all;
  {
    pqxx::read_transaction tx(*session.conn);
    all = archiver.List(tx);
  }
  auto version = RecordVersion(all, opt.version);
  if (!version) {
    ctx.Error(fmt::format("archive show {}: no archived data for this version", opt.version));
    return kExitUsage;
  }
  nlohmann::json list = nlohmann::json::array();
  for (const auto& r : all) {
    if (r.version != *version) continue;
    if (ctx.json()) {
      list.push_back(RecordJson(r));
      continue;
    }
    std::string columns;
    std::vector<std::string> names = r.key;
    if (r.kind != "table") names.push_back(r.column);
    for (size_t i = 0; i < r.column_types.size(); ++i) {
      std::string name = i < names.size() ? analyzer::QuoteIdentifier(names[i]) + " " : "";
      columns += (columns.empty() ? "" : ", ") + name + r.column_types[i];
    }
    std::string key;
    for (const auto& k : r.key) key += (key.empty() ? "" : ", ") + analyzer::QuoteIdentifier(k);
    ctx.Out() << fmt::format("{} {}\n", r.kind, r.object);
    if (!key.empty()) ctx.Out() << fmt::format("  key:         ({})\n", key);
    if (!columns.empty() && r.kind != "table") {
      ctx.Out() << fmt::format("  columns:     {}\n", columns);
    }
    ctx.Out() << fmt::format("  rows:        {}\n", r.rows);
    ctx.Out() << fmt::format("  size:        {}\n", exec::ByteSize(r.bytes));
    ctx.Out() << fmt::format("  archived at: {} (by {})\n", r.archived_at, r.statement);
    ctx.Out() << fmt::format("  held in:     {}.{}\n", analyzer::QuoteIdentifier(r.archive_schema),
                             analyzer::QuoteIdentifier(r.archive_table));
  }
  if (ctx.json()) PrintJson(ctx, "archive-show", nlohmann::json{{"archives", list}});
  return kExitOk;
}

int RunDrop(Context& ctx, const ArchiveOptions& opt) {
  if (opt.version.empty() == opt.older_than.empty()) {
    ctx.Error("archive drop: give a VERSION or --older-than DURATION (one of them)");
    return kExitUsage;
  }
  std::optional<std::chrono::milliseconds> age;
  if (!opt.older_than.empty()) {
    age = exec::ParseDuration(opt.older_than);
    if (!age) {
      ctx.Error(fmt::format("--older-than {}: expected a duration such as 30d, 12h or 90m",
                            opt.older_than));
      return kExitUsage;
    }
  }
  Session session;
  if (int rc = OpenSession(ctx, {.lock = true, .create = true}, &session)) return rc;
  exec::Archiver archiver(*session.tracking, {});
  pqxx::work tx(*session.conn);
  std::vector<exec::ArchiveRecord> all = archiver.List(tx);
  std::vector<exec::ArchiveRecord> chosen;
  if (!opt.version.empty()) {
    auto version = RecordVersion(all, opt.version);
    if (!version) {
      ctx.Error(fmt::format("archive drop {}: no archived data for this version", opt.version));
      return kExitUsage;
    }
    for (const auto& r : all) {
      if (r.version == *version) chosen.push_back(r);
    }
  } else {
    // Older than the age by the server's clock.
    pqxx::result old = tx.exec(
        "SELECT id FROM " + session.tracking->ArchivesTable(tx) + " WHERE archived_at < now() - " +
        tx.quote(std::to_string(age->count()) + " milliseconds") + "::interval");
    for (const auto& row : old) {
      auto id = row[0].as<int64_t>();
      for (const auto& r : all) {
        if (r.id == id) chosen.push_back(r);
      }
    }
  }
  nlohmann::json list = nlohmann::json::array();
  int64_t bytes = 0;
  for (const auto& r : chosen) {
    archiver.Drop(tx, r);
    bytes += r.bytes;
    if (ctx.json()) {
      list.push_back(RecordJson(r));
    } else if (!ctx.options.quiet) {
      ctx.Out() << fmt::format("dropped the archive of {} {} ({}, {})\n", r.kind, r.object,
                               Plural(static_cast<size_t>(r.rows), "row", "rows"),
                               exec::ByteSize(r.bytes));
    }
  }
  tx.commit();
  if (ctx.json()) {
    PrintJson(ctx, "archive-drop", nlohmann::json{{"dropped", list}});
  } else if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("dropped {} ({})\n", Plural(chosen.size(), "archive", "archives"),
                             exec::ByteSize(bytes));
  }
  return kExitOk;
}

}  // namespace

void RegisterArchive(CLI::App* migrate, CommandList* commands) {
  CLI::App* archive = migrate->add_subcommand(
      "archive", "See and drop the data `rollback --keep-data` kept (docs/keep-data.md)");
  archive->require_subcommand(1);

  CLI::App* list = archive->add_subcommand("list", "Every archive: version, object, rows, size");
  commands->push_back(
      {list, [](Context& ctx) { return Guarded(ctx, [&] { return RunList(ctx); }); }});

  CLI::App* show = archive->add_subcommand("show", "What a migration's rollback kept, and where");
  auto show_opt = std::make_shared<ArchiveOptions>();
  TakesVersion(
      show->add_option("VERSION", show_opt->version, "The migration's version")->required());
  commands->push_back({show, [show_opt](Context& ctx) {
                         return Guarded(ctx, [&] { return RunShow(ctx, *show_opt); });
                       }});

  CLI::App* drop = archive->add_subcommand(
      "drop", "Drop the archives of VERSION, or those older than --older-than DURATION");
  auto drop_opt = std::make_shared<ArchiveOptions>();
  TakesVersion(drop->add_option("VERSION", drop_opt->version, "The migration's version"));
  drop->add_option("--older-than", drop_opt->older_than,
                   "Drop every archive kept longer ago than this, e.g. 30d or 12h");
  commands->push_back({drop, [drop_opt](Context& ctx) {
                         return Guarded(ctx, [&] { return RunDrop(ctx, *drop_opt); });
                       }});
}

}  // namespace tidemark::cli
