#include "cli/config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "analyzer/lint/registry.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;

template <typename T>
std::optional<T> Get(const YAML::Node& node, const char* key, const std::string& path) {
  if (!node || !node.IsMap() || !node[key]) return std::nullopt;
  try {
    return node[key].as<T>();
  } catch (const YAML::Exception& e) {
    throw ConfigError{fmt::format("{}:{}:{}: `{}` has the wrong type", path,
                                  node[key].Mark().line + 1, node[key].Mark().column + 1, key)};
  }
}

YAML::Node ReadYaml(const std::string& path) {
  try {
    return YAML::LoadFile(path);
  } catch (const YAML::ParserException& e) {
    throw ConfigError{fmt::format("{}:{}:{}: {}", path, e.mark.line + 1, e.mark.column + 1, e.msg)};
  } catch (const YAML::Exception& e) {
    throw ConfigError{fmt::format("{}: {}", path, e.what())};
  }
}

// Unknown keys of a mapping are errors, with the nearest known key.
void CheckKeys(const YAML::Node& node, const std::vector<std::string>& known,
               const std::string& path, const std::string& prefix) {
  if (!node || !node.IsMap()) return;
  for (const auto& entry : node) {
    auto key = entry.first.as<std::string>();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string suggestion = analyzer::lint::Nearest(key, known);
    throw ConfigError{
        fmt::format("{}:{}:{}: unknown key \"{}{}\"{}", path, entry.first.Mark().line + 1,
                    entry.first.Mark().column + 1, prefix, key,
                    suggestion.empty() ? fmt::format(" (known: {})", fmt::join(known, ", "))
                                       : fmt::format(" (did you mean {}{}?)", prefix, suggestion))};
  }
}

}  // namespace

Config LoadConfig(const std::string& path, bool explicit_path) {
  Config config;
  std::error_code ec;
  if (fs::exists(path, ec)) {
    YAML::Node root = ReadYaml(path);
    config.path = path;
    if (root && !root.IsMap() && !root.IsNull()) {
      throw ConfigError{fmt::format("{}: expected a mapping at the top level", path)};
    }
    CheckKeys(
        root,
        {"dir", "migrations_dir", "database_url", "schema", "lock_timeout", "migrate", "lint"},
        path, "");
    if (root && root.IsMap()) {
      CheckKeys(root["migrate"], {"format", "generate_undo", "allow_out_of_order"}, path,
                "migrate.");
    }
    config.dir = Get<std::string>(root, "dir", path);
    if (!config.dir) config.dir = Get<std::string>(root, "migrations_dir", path);
    config.database_url = Get<std::string>(root, "database_url", path);
    config.schema = Get<std::string>(root, "schema", path);
    config.lock_timeout = Get<std::string>(root, "lock_timeout", path);
    if (root && root.IsMap() && root["migrate"]) {
      YAML::Node migrate = root["migrate"];
      config.migrate_format = Get<std::string>(migrate, "format", path);
      config.generate_undo = Get<bool>(migrate, "generate_undo", path);
      config.allow_out_of_order = Get<bool>(migrate, "allow_out_of_order", path);
    }
    if (root && root.IsMap() && root["lint"]) config.lint = root["lint"];
    if (config.migrate_format && *config.migrate_format != "combined" &&
        *config.migrate_format != "separate") {
      throw ConfigError{fmt::format("{}: migrate.format must be combined or separate, not \"{}\"",
                                    path, *config.migrate_format)};
    }
    return config;
  }
  if (explicit_path) throw ConfigError{fmt::format("{}: config file not found", path)};
  fs::path flux = fs::path(path).parent_path() / ".pg-flux.yml";
  if (fs::exists(flux, ec)) {
    // pg-flux's file: only the keys that mean the same here are read.
    YAML::Node root = ReadYaml(flux.string());
    config.path = flux.string();
    config.dir = Get<std::string>(root, "migrations_dir", config.path);
    if (root && root.IsMap() && root["migrate"]) {
      config.migrate_format = Get<std::string>(root["migrate"], "format", config.path);
      config.generate_undo = Get<bool>(root["migrate"], "generate_undo", config.path);
    }
  }
  return config;
}

}  // namespace tidemark::cli
