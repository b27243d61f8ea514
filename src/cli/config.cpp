#include "cli/config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyzer/lint/config.h"
#include "analyzer/lint/registry.h"
#include "cli/context.h"

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

// The names of ConfigKeys() in `section`; at the top level the section
// names follow the keys.
std::vector<std::string> KnownKeys(const std::string& section) {
  std::vector<std::string> known;
  for (const ConfigKey& key : ConfigKeys()) {
    if (key.section == section) known.push_back(key.name);
  }
  if (section.empty()) {
    for (const ConfigKey& key : ConfigKeys()) {
      if (!key.section.empty() &&
          std::find(known.begin(), known.end(), key.section) == known.end()) {
        known.push_back(key.section);
      }
    }
  }
  return known;
}

// A folder name as a YAML scalar: plain when that reads back the same, else
// double-quoted (JSON's string escapes are YAML's).
std::string YamlScalar(const std::string& text) {
  bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.' ||
           c == '/';
  });
  return plain ? text : nlohmann::json(text).dump();
}

// Words of `text` in lines of at most `width` characters (a longer word
// gets a line of its own).
std::vector<std::string> Wrap(const std::string& text, size_t width) {
  std::vector<std::string> lines(1);
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    if (!lines.back().empty() && lines.back().size() + 1 + word.size() > width)
      lines.emplace_back();
    if (!lines.back().empty()) lines.back() += ' ';
    lines.back() += word;
    start = end + 1;
  }
  return lines;
}

std::string PgVersionText(const analyzer::lint::PgVersion& v) {
  return v.minor == 0 ? std::to_string(v.major) : fmt::format("{}.{}", v.major, v.minor);
}

}  // namespace

const std::vector<ConfigKey>& ConfigKeys() {
  static const std::vector<ConfigKey> keys = [] {
    const GlobalOptions defaults;
    auto yes_no = [](bool b) { return std::string(b ? "true" : "false"); };
    return std::vector<ConfigKey>{
        {"", "dir", defaults.dir, "Migrations folder (--dir wins).", false},
        {"", "migrations_dir", defaults.dir, "pg-flux's name for dir; dir wins when both are set.",
         true},
        {"", "database_url", "postgres://user@localhost/dbname",
         "PostgreSQL URL; DATABASE_URL and --database-url win. Unset: libpq's PG* variables and "
         "~/.pgpass.",
         true},
        {"", "schema", defaults.schema, "Schema of the tracking table (--schema).", false},
        {"", "schema_dir", kDefaultSchemaDir,
         "Schema files of declarative generate (docs/declarative.md): migrate generate without "
         "--from writes the migration from them when the folder exists (--schema-dir wins).",
         false},
        {"", "lock_timeout", defaults.lock_timeout,
         "How long to wait for the migration lock, e.g. 10s or 500ms (--lock-timeout).", false},
        {"", "targets", "targets.yml",
         "A targets file (docs/fleet.md): migrate up, status and rollback run over every "
         "database it lists unless a database URL is given (--targets wins).",
         true},
        {"", "environments", "{development: {database_url: postgres://localhost/app_dev}}",
         "Named sets of the keys above, chosen by --env NAME or TIDEMARK_ENV; the chosen one's "
         "values override the top-level ones.",
         true},
        {"migrate", "format", kDefaultMigrateFormat,
         "migrate generate writes combined (one file with the generated Down) or separate "
         "(the forward file, and VERSION_label_undo.sql with generate_undo) files.",
         false},
        {"migrate", "generate_undo", yes_no(kDefaultGenerateUndo),
         "With format separate, migrate generate writes the generated Down to "
         "VERSION_label_undo.sql without --generate-undo.",
         false},
        {"migrate", "allow_out_of_order", yes_no(kDefaultAllowOutOfOrder),
         "migrate up applies a pending migration older than the newest applied one.", false},
        {"rollback", "keep_data", "false",
         "rollback, down and redo keep the rows and values a Down destroys in the archive "
         "schema (docs/keep-data.md; --keep-data, --no-keep-data).",
         false},
        {"rollback", "restore_data", "false",
         "migrate up puts the data kept by such a rollback back when the migration is applied "
         "again (--restore-data, --no-restore-data).",
         false},
        {"rollback", "archive_schema", "tidemark_archive",
         "Schema that holds the kept data (--archive-schema).", false},
        {"rollback", "max_archive_size", "2GB",
         "Refuse to keep a table larger than this (--max-archive-size). Unset: no limit.", true},
        {"lint", "fail_on", parser::SeverityName(analyzer::lint::kDefaultFailOn),
         "lint exits 1 on a finding at least this severe: error, warning or info (--fail-on).",
         false},
        {"lint", "pg_version", PgVersionText(analyzer::lint::DefaultConfig().pg_version),
         "The PostgreSQL version the migrations run on (--pg-version).", false},
        {"lint", "disable", "[]", "Rules turned off, e.g. [rename-column] (--disable).", false},
        {"lint", "rules", "{}",
         "Per rule: a severity (error, warning, info), off, or a mapping of severity, enabled "
         "and the rule's options (docs/rules/). To change a rule, drop the {} and uncomment its "
         "line; every rule is listed at its default:",
         false},
    };
  }();
  return keys;
}

std::string DefaultConfigText(const std::string& dir) {
  std::string out =
      "# tidemark configuration. Every key is shown with its default; flags win over the\n"
      "# environment, which wins over this file.\n";
  std::string section;
  for (const ConfigKey& key : ConfigKeys()) {
    std::string indent = key.section.empty() ? "" : "  ";
    if (key.section != section) {
      section = key.section;
      out += fmt::format("\n{}:\n", section);
    } else {
      out += "\n";
    }
    for (const std::string& line : Wrap(key.help, 78 - indent.size())) {
      out += fmt::format("{}# {}\n", indent, line);
    }
    std::string value =
        key.name == "dir" || key.name == "migrations_dir" ? YamlScalar(dir) : key.value;
    out += fmt::format("{}{}{}: {}\n", indent, key.commented ? "# " : "", key.name, value);
    if (key.section == "lint" && key.name == "rules") {
      for (const analyzer::lint::Rule* rule : analyzer::lint::AllRules()) {
        out +=
            fmt::format("  #   {}: {}\n", rule->id(), parser::SeverityName(rule->info().severity));
      }
    }
  }
  return out;
}

namespace {

// The top-level keys that an environment may set: the plain keys, not the
// sections and not `environments` itself.
std::vector<std::string> EnvironmentKeys() {
  std::vector<std::string> keys;
  for (const ConfigKey& key : ConfigKeys()) {
    if (key.section.empty() && key.name != "environments") keys.push_back(key.name);
  }
  return keys;
}

// Checks every environment's keys; returns the chosen one (a null node when
// `choice` names none) or throws when it names one that does not exist.
YAML::Node ChooseEnvironment(const YAML::Node& root, const EnvironmentChoice& choice,
                             const std::string& path) {
  YAML::Node environments = root && root.IsMap() ? root["environments"] : YAML::Node();
  std::vector<std::string> names;
  if (environments && !environments.IsNull()) {
    if (!environments.IsMap()) {
      throw ConfigError{fmt::format("{}:{}:{}: `environments` must map names to settings", path,
                                    environments.Mark().line + 1, environments.Mark().column + 1)};
    }
    for (const auto& entry : environments) {
      auto name = entry.first.as<std::string>();
      if (entry.second && !entry.second.IsMap() && !entry.second.IsNull()) {
        throw ConfigError{fmt::format("{}:{}:{}: environment `{}` must be a mapping of settings",
                                      path, entry.second.Mark().line + 1,
                                      entry.second.Mark().column + 1, name)};
      }
      CheckKeys(entry.second, EnvironmentKeys(), path, "environments." + name + ".");
      names.push_back(name);
    }
  }
  if (choice.name.empty()) return {};
  if (names.empty()) {
    throw ConfigError{
        fmt::format("{} {}: {} defines no environments (add an `environments:` mapping)",
                    choice.origin, choice.name, path.empty() ? "no config file" : path)};
  }
  if (std::find(names.begin(), names.end(), choice.name) == names.end()) {
    std::string suggestion = analyzer::lint::Nearest(choice.name, names);
    throw ConfigError{fmt::format(
        "{} {}: {} has no such environment ({}environments: {})", choice.origin, choice.name, path,
        suggestion.empty() ? "" : "did you mean " + suggestion + "? ", fmt::join(names, ", "))};
  }
  return environments[choice.name];
}

// The scalar keys of `node` (the top level, or an environment over it).
void ReadScalars(const YAML::Node& node, const std::string& path, Config* config) {
  if (auto dir = Get<std::string>(node, "dir", path)) {
    config->dir = dir;
  } else if (auto flux_dir = Get<std::string>(node, "migrations_dir", path)) {
    config->dir = flux_dir;
  }
  if (auto url = Get<std::string>(node, "database_url", path)) config->database_url = url;
  if (auto schema = Get<std::string>(node, "schema", path)) config->schema = schema;
  if (auto dir = Get<std::string>(node, "schema_dir", path)) config->schema_dir = dir;
  if (auto timeout = Get<std::string>(node, "lock_timeout", path)) config->lock_timeout = timeout;
  if (auto targets = Get<std::string>(node, "targets", path)) config->targets = targets;
}

}  // namespace

Config LoadConfig(const std::string& path, bool explicit_path, const EnvironmentChoice& choice) {
  Config config;
  std::error_code ec;
  if (fs::exists(path, ec)) {
    YAML::Node root = ReadYaml(path);
    config.path = path;
    if (root && !root.IsMap() && !root.IsNull()) {
      throw ConfigError{fmt::format("{}: expected a mapping at the top level", path)};
    }
    CheckKeys(root, KnownKeys(""), path, "");
    if (root && root.IsMap()) {
      CheckKeys(root["migrate"], KnownKeys("migrate"), path, "migrate.");
      CheckKeys(root["rollback"], KnownKeys("rollback"), path, "rollback.");
    }
    YAML::Node environment = ChooseEnvironment(root, choice, path);
    ReadScalars(root, path, &config);
    if (environment) {
      config.environment = choice.name;
      config.environment_sets_database_url = static_cast<bool>(environment["database_url"]);
      ReadScalars(environment, path, &config);
    }
    if (root && root.IsMap() && root["migrate"]) {
      YAML::Node migrate = root["migrate"];
      config.migrate_format = Get<std::string>(migrate, "format", path);
      config.generate_undo = Get<bool>(migrate, "generate_undo", path);
      config.allow_out_of_order = Get<bool>(migrate, "allow_out_of_order", path);
    }
    if (root && root.IsMap() && root["rollback"]) {
      YAML::Node rollback = root["rollback"];
      config.keep_data = Get<bool>(rollback, "keep_data", path);
      config.restore_data = Get<bool>(rollback, "restore_data", path);
      config.archive_schema = Get<std::string>(rollback, "archive_schema", path);
      config.max_archive_size = Get<std::string>(rollback, "max_archive_size", path);
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
  ChooseEnvironment(YAML::Node(), choice, "");  // a chosen environment needs a config file
  fs::path flux = fs::path(path).parent_path() / ".pg-flux.yml";
  if (fs::exists(flux, ec)) {
    // pg-flux's file: only the keys that mean the same here are read.
    YAML::Node root = ReadYaml(flux.string());
    config.path = flux.string();
    config.dir = Get<std::string>(root, "migrations_dir", config.path);
    config.schema_dir = Get<std::string>(root, "schema_dir", config.path);
    if (root && root.IsMap() && root["migrate"]) {
      config.migrate_format = Get<std::string>(root["migrate"], "format", config.path);
      config.generate_undo = Get<bool>(root["migrate"], "generate_undo", config.path);
    }
  }
  return config;
}

}  // namespace tidemark::cli
