#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

namespace tidemark::cli {

// Settings read from .tidemark.yml (or the migrate keys of .pg-flux.yml).
// Unset values stay nullopt so that flags and the environment can win.
struct Config {
  std::string path;  // the file read, empty when none
  std::optional<std::string> dir;
  std::optional<std::string> database_url;
  std::optional<std::string> schema;          // tracking table schema
  std::optional<std::string> schema_dir;      // declarative generate's schema files
  std::optional<std::string> lock_timeout;    // e.g. "10s", "500ms"
  std::optional<std::string> migrate_format;  // combined | separate
  std::optional<bool> generate_undo;
  std::optional<bool> allow_out_of_order;
  std::optional<std::string> targets;  // a targets file: commands run over the fleet
  // rollback: keep the data a Down destroys, and put it back (docs/keep-data.md).
  std::optional<bool> keep_data;
  std::optional<bool> restore_data;
  std::optional<std::string> archive_schema;
  std::optional<std::string> max_archive_size;
  YAML::Node lint;          // the `lint:` mapping, interpreted by the lint command
  std::string environment;  // the chosen `environments:` entry, empty when none
  bool environment_sets_database_url = false;
};

// `--env NAME` or TIDEMARK_ENV: the `environments:` entry whose keys override
// the top-level ones. `origin` names where the choice came from, for errors.
struct EnvironmentChoice {
  std::string name;  // empty: none
  std::string origin = "--env";
};

// Reads `path`. When `explicit_path` is false and the file does not exist,
// .pg-flux.yml in the same folder is tried, and then an empty Config is
// returned. Throws ConfigError on unreadable or malformed files, and when
// `environment` names an environment the file does not define.
Config LoadConfig(const std::string& path, bool explicit_path,
                  const EnvironmentChoice& environment = {});

struct ConfigError {
  std::string message;
};

// Defaults of the migrate: keys, where no flag or global option holds them.
inline constexpr const char* kDefaultMigrateFormat = "separate";
inline constexpr bool kDefaultGenerateUndo = false;
inline constexpr const char* kDefaultSchemaDir = "schema";
inline constexpr bool kDefaultAllowOutOfOrder = false;

// One key of .tidemark.yml. LoadConfig accepts exactly these (and the section
// names), and `tidemark init` writes each one with its default.
struct ConfigKey {
  std::string section;  // "" at the top level, else "migrate", "rollback" or "lint"
  std::string name;
  std::string value;       // the default, as YAML text
  std::string help;        // written as a comment above the key
  bool commented = false;  // written commented out (no default, or an alias)
};
const std::vector<ConfigKey>& ConfigKeys();

// The commented .tidemark.yml that `tidemark init` writes: every key of
// ConfigKeys() with its default, the migrations folder set to `dir`, and
// every lint rule with its default severity as a comment.
std::string DefaultConfigText(const std::string& dir);

}  // namespace tidemark::cli
