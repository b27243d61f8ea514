// `tidemark migrate status [--exit-code]`: every migration's state, from the
// files and the tracking table together.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exec_common.h"
#include "cli/exit_codes.h"
#include "cli/fleet_common.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

// JSON output layout version (docs/executor.md).
constexpr int kStatusJsonVersion = 1;

int RunStatus(Context& ctx, bool exit_code, const FleetOptions& fleet) {
  if (FleetRequested(ctx, fleet)) {
    exec::FleetRequest request;
    request.command = exec::FleetCommand::kStatus;
    return RunFleetCommand(ctx, fleet, request, exit_code);
  }
  if (fleet.drift || !fleet.dev_url.empty()) {
    ctx.Error("--drift is for a fleet (--targets); on one database run `tidemark migrate drift`");
    return kExitUsage;
  }
  auto set = LoadMigrationsChecked(ctx);
  if (!set) return kExitUsage;
  Session session;
  if (int rc = OpenSession(ctx, {.lock = false, .create = false}, &session)) return rc;
  std::vector<exec::MigrationState> states = exec::ComputeStates(set->migrations, session.applied);
  WarnMissingFiles(ctx, states);
  // Data kept by `rollback --keep-data`, by version.
  std::vector<exec::ArchiveRecord> archived;
  {
    exec::Archiver archiver(*session.tracking, {});
    pqxx::read_transaction tx(*session.conn);
    archived = archiver.List(tx);
  }
  auto archives_of = [&](const std::string& version) {
    std::vector<const exec::ArchiveRecord*> of;
    auto v = parser::Version::Parse(version);
    for (const auto& r : archived) {
      auto rv = parser::Version::Parse(r.version);
      if (v && rv && *v == *rv) of.push_back(&r);
    }
    return of;
  };

  size_t pending = 0, attention = 0, drift = 0;
  for (const auto& s : states) {
    switch (s.status) {
      case exec::MigrationStatus::kPending:
        ++pending;
        break;
      case exec::MigrationStatus::kMissing:
        ++attention;
        break;
      case exec::MigrationStatus::kModified:
      case exec::MigrationStatus::kDirty:
        ++drift;
        break;
      default:
        break;
    }
  }

  if (ctx.json()) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : states) {
      nlohmann::json j{
          {"status", exec::StatusName(s.status)}, {"version", s.version},  {"file", s.filename},
          {"down", exec::DownName(s.down)},       {"applied_at", nullptr}, {"batch", nullptr}};
      if (s.applied != nullptr) {
        j["applied_at"] = s.applied->applied_at;
        j["batch"] = s.applied->batch;
        j["execution_ms"] = s.applied->execution_ms;
        j["applied_by"] = s.applied->applied_by;
        if (s.applied->dirty) {
          j["failed_at"] = s.applied->failed_at.value_or("");
          j["error"] = s.applied->error.value_or("");
        }
      }
      if (auto of = archives_of(s.version); !of.empty()) {
        nlohmann::json kept = nlohmann::json::array();
        for (const auto* r : of) {
          kept.push_back(
              {{"kind", r->kind}, {"object", r->object}, {"rows", r->rows}, {"bytes", r->bytes}});
        }
        j["archived"] = kept;
      }
      list.push_back(std::move(j));
    }
    nlohmann::json out{{"schema_version", kStatusJsonVersion},
                       {"tracking_table", ctx.options.schema + ".migrations"},
                       {"migrations", list}};
    PrintJson(ctx, "status", out);
  } else {
    size_t name_width = std::string("FILENAME").size();
    for (const auto& s : states) name_width = std::max(name_width, s.filename.size());
    std::string line_format = "{:<8}  {:<" + std::to_string(name_width) + "}  {:<20}  {:>5}  {}\n";
    auto color = [&](exec::MigrationStatus st, const std::string& text) {
      if (!ctx.color) return text;
      const char* code = "";
      switch (st) {
        case exec::MigrationStatus::kApplied:
        case exec::MigrationStatus::kBaseline:
          code = "32";
          break;
        case exec::MigrationStatus::kPending:
          code = "33";
          break;
        default:
          code = "31";
          break;
      }
      return fmt::format("\033[{}m{}\033[0m", code, text);
    };
    ctx.Out() << fmt::format(fmt::runtime(line_format), "STATUS", "FILENAME", "APPLIED AT", "BATCH",
                             "DOWN");
    for (const auto& s : states) {
      std::string status = fmt::format("{:<8}", exec::StatusName(s.status));
      std::string row = fmt::format(fmt::runtime(line_format), "", s.filename,
                                    s.applied != nullptr ? s.applied->applied_at : "-",
                                    s.applied != nullptr ? std::to_string(s.applied->batch) : "-",
                                    exec::DownName(s.down));
      ctx.Out() << color(s.status, status) << row.substr(8);
    }
    for (const auto& s : states) {
      if (s.status == exec::MigrationStatus::kDirty) {
        ctx.Out() << fmt::format("\n{} is dirty: {}{}\n", s.filename,
                                 s.applied->error.value_or("a non-transactional run failed"),
                                 s.applied->failed_at && !s.applied->failed_at->empty()
                                     ? "\n  failed statement: " + *s.applied->failed_at
                                     : "");
      }
    }
    for (const auto& s : states) {
      auto of = archives_of(s.version);
      if (of.empty()) continue;
      std::string what;
      for (const auto* r : of) {
        what += fmt::format("{}{} {} ({}, {})", what.empty() ? "" : "; ", r->kind, r->object,
                            Plural(static_cast<size_t>(r->rows), "row", "rows"),
                            exec::ByteSize(r->bytes));
      }
      ctx.Out() << fmt::format(
          "\n{} holds data kept by its rollback: {}\n  `tidemark migrate up --restore-data` puts "
          "it back when the migration is applied again; `tidemark migrate archive show {}`\n",
          s.filename, what, s.version);
    }
    if (!ctx.options.quiet) {
      size_t applied = session.applied.size();
      ctx.Out() << fmt::format("\n{} applied, {} pending{}{}\n", applied, pending,
                               attention > 0 ? fmt::format(", {} missing", attention) : "",
                               drift > 0 ? fmt::format(", {} modified or dirty", drift) : "");
    }
  }
  if (!exit_code) return kExitOk;
  if (drift > 0) return kExitDrift;
  if (pending > 0 || attention > 0) return kExitPending;
  return kExitOk;
}

}  // namespace

void RegisterStatus(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand("status", "Show which migrations are applied");
  auto exit_code = std::make_shared<bool>(false);
  cmd->add_flag(
      "--exit-code", *exit_code,
      "Exit 5 when migrations are pending or missing, 3 when modified or dirty (1: an error)");
  auto fleet = std::make_shared<FleetOptions>();
  AddFleetOptions(cmd, fleet.get(), false);
  commands->push_back({cmd, [exit_code, fleet](Context& ctx) {
                         return Guarded(ctx, [&] { return RunStatus(ctx, *exit_code, *fleet); });
                       }});
}

}  // namespace tidemark::cli
