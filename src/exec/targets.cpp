#include "exec/targets.h"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace tidemark::exec {
namespace {

const std::vector<std::string>& EntryKeys() {
  static const std::vector<std::string> keys = {
      "name", "url", "group", "password_env", "databases", "schemas", "tracking_schema"};
  return keys;
}

std::string At(const std::string& path, const YAML::Mark& mark) {
  return fmt::format("{}:{}:{}", path, mark.line + 1, mark.column + 1);
}

std::string Scalar(const YAML::Node& node, const char* key, const std::string& path) {
  YAML::Node value = node[key];
  if (!value) return "";
  if (!value.IsScalar()) {
    throw TargetsError{fmt::format("{}: `{}` must be a string", At(path, value.Mark()), key)};
  }
  return value.as<std::string>();
}

// Frees PQconninfoParse's result.
struct ParsedConninfo {
  PQconninfoOption* options = nullptr;
  ~ParsedConninfo() {
    if (options != nullptr) PQconninfoFree(options);
  }
};

// A key=value value, quoted when it needs to be.
std::string ConninfoValue(const std::string& value) {
  bool plain = !value.empty() && value.find_first_of(" '\\\t\n") == std::string::npos;
  if (plain) return value;
  std::string quoted = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

// The names a generating entry lists: databases of the server, or schemas of
// the database, matching `pattern`, ordered by name.
std::vector<std::string> ListNames(const TargetEntry& entry, const ConnectionTarget& connection) {
  std::unique_ptr<pqxx::connection> conn;
  try {
    conn = Connect(connection);
  } catch (const std::exception& e) {
    throw TargetsError{fmt::format("{}: cannot list the {} of {}: {}", entry.where,
                                   entry.databases.empty() ? "schemas" : "databases", entry.name,
                                   e.what())};
  }
  pqxx::read_transaction tx(*conn);
  pqxx::result rows =
      entry.databases.empty()
          ? tx.exec(
                "SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> "
                "'information_schema' ORDER BY nspname COLLATE \"C\"")
          : tx.exec(
                "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate "
                "ORDER BY datname COLLATE \"C\"");
  const std::string& pattern = entry.databases.empty() ? entry.schemas : entry.databases;
  std::vector<std::string> names;
  for (const auto& row : rows) {
    auto name = row[0].as<std::string>();
    if (GlobMatch(pattern, name) && name != entry.tracking_schema) names.push_back(name);
  }
  return names;
}

}  // namespace

bool GlobMatch(const std::string& pattern, const std::string& name) {
  size_t p = 0, n = 0, star = std::string::npos, resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
    } else if (star != std::string::npos) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::string WithConninfoSetting(const std::string& conninfo, const std::string& key,
                                const std::string& value) {
  char* error = nullptr;
  ParsedConninfo parsed{PQconninfoParse(conninfo.c_str(), &error)};
  if (parsed.options == nullptr) {
    std::string message = error != nullptr ? error : "malformed connection string";
    if (error != nullptr) PQfreemem(error);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    throw TargetsError{RedactCredentials(message)};
  }
  std::string out;
  for (PQconninfoOption* o = parsed.options; o->keyword != nullptr; ++o) {
    if (key == o->keyword || o->val == nullptr || *o->val == '\0') continue;
    out += fmt::format("{}{}={}", out.empty() ? "" : " ", o->keyword, ConninfoValue(o->val));
  }
  out += fmt::format("{}{}={}", out.empty() ? "" : " ", key, ConninfoValue(value));
  return out;
}

std::vector<TargetEntry> LoadTargetsFile(const std::string& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const YAML::ParserException& e) {
    throw TargetsError{
        fmt::format("{}:{}:{}: {}", path, e.mark.line + 1, e.mark.column + 1, e.msg)};
  } catch (const YAML::Exception& e) {
    throw TargetsError{fmt::format("{}: cannot read the targets file: {}", path, e.what())};
  }
  if (!root || !root.IsMap() || !root["targets"]) {
    throw TargetsError{
        fmt::format("{}:1:1: expected a `targets:` list of entries with name and url", path)};
  }
  for (const auto& key : root) {
    if (key.first.as<std::string>() != "targets") {
      throw TargetsError{fmt::format("{}: unknown key \"{}\" (known: targets)",
                                     At(path, key.first.Mark()), key.first.as<std::string>())};
    }
  }
  YAML::Node list = root["targets"];
  if (!list.IsSequence()) {
    throw TargetsError{fmt::format("{}: `targets` must be a list of entries with name and url",
                                   At(path, list.Mark()))};
  }
  std::vector<TargetEntry> entries;
  std::map<std::string, std::string> names;  // name -> where
  for (const auto& node : list) {
    std::string where = At(path, node.Mark());
    if (!node.IsMap()) {
      throw TargetsError{fmt::format("{}: a target is a mapping with name and url", where)};
    }
    for (const auto& key : node) {
      auto k = key.first.as<std::string>();
      if (std::find(EntryKeys().begin(), EntryKeys().end(), k) == EntryKeys().end()) {
        throw TargetsError{fmt::format(
            "{}: unknown key \"{}\" (known: name, url, group, password_env, databases, schemas, "
            "tracking_schema)",
            At(path, key.first.Mark()), k)};
      }
    }
    TargetEntry entry;
    entry.where = where;
    entry.name = Scalar(node, "name", path);
    entry.url = Scalar(node, "url", path);
    entry.group = Scalar(node, "group", path);
    entry.password_env = Scalar(node, "password_env", path);
    entry.databases = Scalar(node, "databases", path);
    entry.schemas = Scalar(node, "schemas", path);
    entry.tracking_schema = Scalar(node, "tracking_schema", path);
    if (entry.name.empty()) {
      throw TargetsError{fmt::format("{}: the target has no `name`", where)};
    }
    if (entry.name.find('/') != std::string::npos) {
      throw TargetsError{
          fmt::format("{}: name \"{}\": `/` is kept for generated targets "
                      "(NAME/DATABASE); choose another name",
                      At(path, node["name"].Mark()), entry.name)};
    }
    if (entry.url.empty()) {
      throw TargetsError{
          fmt::format("{}: target {} has no `url` (a postgresql:// URL or a libpq "
                      "key=value string)",
                      where, entry.name)};
    }
    if (!entry.databases.empty() && !entry.schemas.empty()) {
      throw TargetsError{fmt::format(
          "{}: target {} has both `databases` and `schemas`; give one (write two entries)",
          At(path, node["schemas"].Mark()), entry.name)};
    }
    if (node["tracking_schema"] && entry.schemas.empty()) {
      throw TargetsError{fmt::format(
          "{}: target {}: `tracking_schema` is for a `schemas:` entry (its tenants share one "
          "tracking table there, keyed by tenant); other targets keep theirs in --schema",
          At(path, node["tracking_schema"].Mark()), entry.name)};
    }
    if (node["tracking_schema"] && entry.tracking_schema.empty()) {
      throw TargetsError{fmt::format("{}: target {}: `tracking_schema` is empty",
                                     At(path, node["tracking_schema"].Mark()), entry.name)};
    }
    {
      char* error = nullptr;
      ParsedConninfo parsed{PQconninfoParse(entry.url.c_str(), &error)};
      if (parsed.options == nullptr) {
        std::string message = error != nullptr ? error : "malformed";
        if (error != nullptr) PQfreemem(error);
        while (!message.empty() && message.back() == '\n') message.pop_back();
        throw TargetsError{fmt::format("{}: target {}: url is not a connection string: {}",
                                       At(path, node["url"].Mark()), entry.name,
                                       RedactCredentials(message))};
      }
    }
    auto [it, fresh] = names.emplace(entry.name, where);
    if (!fresh) {
      throw TargetsError{fmt::format("{}: target name {} is taken (first at {})",
                                     At(path, node["name"].Mark()), entry.name, it->second)};
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<Target> ExpandTargets(const std::vector<TargetEntry>& entries,
                                  const std::string& tracking_schema) {
  std::vector<Target> targets;
  std::set<std::string> taken;
  for (const TargetEntry& entry : entries) {
    ConnectionTarget base{entry.url};
    std::string error;
    if (!entry.password_env.empty()) {
      const char* password = std::getenv(entry.password_env.c_str());
      if (password == nullptr || *password == '\0') {
        error = fmt::format("password_env {} is not set (the password of {} is read from it)",
                            entry.password_env, entry.name);
      } else {
        base.conninfo = WithConninfoSetting(entry.url, "password", password);
      }
    }
    std::vector<std::string> groups;
    if (!entry.group.empty()) groups.push_back(entry.group);
    auto add = [&](Target t) {
      if (!taken.insert(t.name).second) {
        throw TargetsError{
            fmt::format("{}: target name {} is given twice (a generated target's name is "
                        "NAME/DATABASE or NAME/SCHEMA)",
                        entry.where, t.name)};
      }
      targets.push_back(std::move(t));
    };
    if (entry.databases.empty() && entry.schemas.empty()) {
      add({entry.name, groups, base, "", tracking_schema, entry.where, error, ""});
      continue;
    }
    if (!error.empty()) throw TargetsError{fmt::format("{}: {}", entry.where, error)};
    std::vector<std::string> generated_groups = groups;
    generated_groups.push_back(entry.name);
    for (const std::string& name : ListNames(entry, base)) {
      Target t;
      t.name = entry.name + "/" + name;
      t.groups = generated_groups;
      t.where = entry.where;
      if (!entry.databases.empty()) {
        t.connection = {WithConninfoSetting(base.conninfo, "dbname", name)};
        t.tracking_schema = tracking_schema;
      } else {
        t.connection = base;
        t.schema = name;
        if (entry.tracking_schema.empty()) {
          t.tracking_schema = name;
        } else {
          t.tracking_schema = entry.tracking_schema;
          t.tenant = name;
        }
      }
      add(std::move(t));
    }
  }
  return targets;
}

std::vector<Target> SelectTargets(const std::vector<Target>& targets,
                                  const std::vector<std::string>& selectors) {
  if (selectors.empty()) return targets;
  std::vector<Target> chosen;
  std::vector<bool> used(selectors.size(), false);
  for (const Target& t : targets) {
    bool take = false;
    for (size_t i = 0; i < selectors.size(); ++i) {
      bool match = GlobMatch(selectors[i], t.name);
      for (const auto& g : t.groups) match = match || GlobMatch(selectors[i], g);
      if (match) {
        take = true;
        used[i] = true;
      }
    }
    if (take) chosen.push_back(t);
  }
  for (size_t i = 0; i < selectors.size(); ++i) {
    if (!used[i]) {
      throw TargetsError{
          fmt::format("--target {}: no target or group has this name", selectors[i])};
    }
  }
  return chosen;
}

}  // namespace tidemark::exec
