// `tidemark init [--dir DIR] [--force]`: writes a commented .tidemark.yml
// with every key at its default and creates the migrations folder. An
// existing config file is kept unless --force.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  bool force = false;
};

// Writes `text` to a temporary file beside `path` and renames it over `path`,
// so a failed write leaves no half-written config.
bool WriteWhole(const fs::path& path, const std::string& text, std::string* error) {
  fs::path temp = path;
  temp += ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      *error = fmt::format("{}: cannot write", temp.string());
      std::error_code ec;
      fs::remove(temp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    *error = fmt::format("{}: {}", path.string(), ec.message());
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

int RunInit(Context& ctx, const InitOptions& o) {
  const fs::path config = ctx.options.config_path;
  const fs::path dir = ctx.options.dir;
  std::error_code ec;
  bool config_exists = fs::exists(config, ec);
  if (config_exists && !o.force) {
    ctx.Error(fmt::format("{} exists; it is left as it is (pass --force to overwrite it)",
                          config.string()));
    return kExitUsage;
  }
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    ctx.Error(fmt::format("{}: exists and is not a folder", dir.string()));
    return kExitUsage;
  }
  if (config.has_parent_path() && !fs::is_directory(config.parent_path(), ec)) {
    ctx.Error(fmt::format("{}: no such folder", config.parent_path().string()));
    return kExitUsage;
  }
  std::string error;
  if (!WriteWhole(config, DefaultConfigText(dir.generic_string()), &error)) {
    ctx.Error(error);
    return kExitFailure;
  }
  bool dir_created = fs::create_directories(dir, ec);
  if (ec) {
    ctx.Error(fmt::format("{}: {}", dir.string(), ec.message()));
    return kExitFailure;
  }
  if (ctx.json()) {
    PrintJson(ctx, "init",
              nlohmann::json{{"command", "init"},
                             {"config", config.string()},
                             {"config_overwritten", config_exists},
                             {"dir", dir.string()},
                             {"dir_created", dir_created}});
  } else if (!ctx.options.quiet) {
    ctx.Out() << fmt::format("{} {}\n", config_exists ? "overwrote" : "wrote", config.string());
    ctx.Out() << fmt::format("{} {}/\n", dir_created ? "created" : "kept", dir.string());
  }
  return kExitOk;
}

}  // namespace

void RegisterInit(CLI::App* root, CommandList* commands) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* cmd = root->add_subcommand(
      "init",
      "Write a commented .tidemark.yml (--config) and create the migrations folder (--dir)");
  cmd->add_flag("--force", o->force, "Overwrite an existing config file");
  Command command{cmd, [o](Context& ctx) { return RunInit(ctx, *o); }};
  command.loads_config = false;
  commands->push_back(std::move(command));
}

}  // namespace tidemark::cli
