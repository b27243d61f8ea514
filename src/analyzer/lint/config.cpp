#include "analyzer/lint/config.h"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/lint/registry.h"

namespace tidemark::analyzer::lint {
namespace {

using nlohmann::json;

std::string DidYouMean(std::string_view id) {
  std::string suggestion = SuggestRule(id);
  return suggestion.empty() ? std::string() : fmt::format(" (did you mean {}?)", suggestion);
}

// A scalar as text, the way YAML wrote it.
bool ScalarText(const json& value, std::string* out) {
  if (value.is_string()) {
    *out = value.get<std::string>();
  } else if (value.is_boolean()) {
    *out = value.get<bool>() ? "true" : "false";
  } else if (value.is_number_integer()) {
    *out = std::to_string(value.get<int64_t>());
  } else if (value.is_number()) {
    *out = fmt::format("{}", value.get<double>());
  } else {
    return false;
  }
  return true;
}

bool ReadOption(const Rule& rule, const std::string& key, const json& value, RuleSetting* setting,
                std::vector<std::string>* errors) {
  const auto& specs = rule.info().options;
  auto spec =
      std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == key; });
  if (spec == specs.end()) {
    std::string known;
    for (const OptionSpec& s : specs) known += (known.empty() ? "" : ", ") + s.name;
    errors->push_back(fmt::format("lint.rules.{}: unknown option \"{}\" (options: {})", rule.id(),
                                  key, known.empty() ? "severity, enabled" : known));
    return false;
  }
  std::string text;
  if (spec->kind == OptionKind::kList && value.is_array()) {
    for (const json& item : value) {
      std::string s;
      if (!ScalarText(item, &s)) {
        errors->push_back(
            fmt::format("lint.rules.{}.{}: list items must be scalars", rule.id(), key));
        return false;
      }
      text += (text.empty() ? "" : ",") + s;
    }
  } else if (!ScalarText(value, &text)) {
    errors->push_back(
        fmt::format("lint.rules.{}.{}: expected a {}", rule.id(), key, OptionKindName(spec->kind)));
    return false;
  }
  OptionValue parsed;
  std::string error;
  if (!ParseOptionValue(spec->kind, text, &parsed, &error)) {
    errors->push_back(fmt::format("lint.rules.{}.{}: {}", rule.id(), key, error));
    return false;
  }
  setting->options.Set(key, std::move(parsed));
  return true;
}

bool ReadRule(const std::string& id, const json& value, LintConfig* config,
              std::vector<std::string>* errors) {
  const Rule* rule = FindRule(id);
  if (rule == nullptr) {
    errors->push_back(fmt::format("lint.rules: no rule named \"{}\"{}", id, DidYouMean(id)));
    return false;
  }
  RuleSetting& setting = config->rules.at(rule->id());
  std::string text;
  if (value.is_boolean()) {
    setting.enabled = value.get<bool>();
    return true;
  }
  if (value.is_string()) {
    text = value.get<std::string>();
    if (text == "off" || text == "false" || text == "disable" || text == "disabled") {
      setting.enabled = false;
      return true;
    }
    if (!ParseSeverity(text, &setting.severity)) {
      errors->push_back(fmt::format(
          "lint.rules.{}: \"{}\" is not a severity (error, warning, info) or off", id, text));
      return false;
    }
    setting.enabled = true;
    return true;
  }
  if (!value.is_object()) {
    errors->push_back(
        fmt::format("lint.rules.{}: expected a severity, off, or a mapping of options", id));
    return false;
  }
  bool ok = true;
  for (const auto& [key, v] : value.items()) {
    if (key == "severity" || key == "level") {
      if (!v.is_string() || !ParseSeverity(v.get<std::string>(), &setting.severity)) {
        errors->push_back(
            fmt::format("lint.rules.{}.{}: expected error, warning or info", id, key));
        ok = false;
      }
    } else if (key == "enabled") {
      if (!v.is_boolean()) {
        errors->push_back(fmt::format("lint.rules.{}.enabled: expected true or false", id));
        ok = false;
      } else {
        setting.enabled = v.get<bool>();
      }
    } else {
      ok = ReadOption(*rule, key, v, &setting, errors) && ok;
    }
  }
  return ok;
}

}  // namespace

LintConfig DefaultConfig() {
  LintConfig config;
  for (const Rule* rule : AllRules()) {
    RuleSetting setting;
    setting.severity = rule->info().severity;
    setting.options = RuleOptions(rule->info());
    config.rules.emplace(rule->id(), std::move(setting));
  }
  return config;
}

bool ParseSeverity(std::string_view text, Severity* out) {
  if (text == "error") {
    *out = Severity::kError;
  } else if (text == "warning" || text == "warn") {
    *out = Severity::kWarning;
  } else if (text == "info" || text == "note") {
    *out = Severity::kInfo;
  } else {
    return false;
  }
  return true;
}

bool DisableRule(std::string_view id, LintConfig* config) {
  const Rule* rule = FindRule(id);
  if (rule == nullptr) return false;
  config->rules.at(rule->id()).enabled = false;
  return true;
}

bool ApplyConfig(const json& lint, LintConfig* config, std::vector<std::string>* errors) {
  if (lint.is_null()) return true;
  if (!lint.is_object()) {
    errors->push_back("lint: expected a mapping");
    return false;
  }
  bool ok = true;
  for (const auto& [key, value] : lint.items()) {
    if (key == "fail_on" || key == "fail-on") {
      Severity severity;
      if (!value.is_string() || !ParseSeverity(value.get<std::string>(), &severity)) {
        errors->push_back("lint.fail_on: expected error, warning or info");
        ok = false;
      } else {
        config->fail_on = severity;
      }
    } else if (key == "pg_version" || key == "pg-version") {
      std::string text;
      if (!ScalarText(value, &text) || !ParsePgVersion(text, &config->pg_version)) {
        errors->push_back("lint.pg_version: expected a PostgreSQL version such as 15 or 14.9");
        ok = false;
      }
    } else if (key == "disable") {
      if (!value.is_array()) {
        errors->push_back("lint.disable: expected a list of rule ids");
        ok = false;
        continue;
      }
      for (const json& item : value) {
        std::string id = item.is_string() ? item.get<std::string>() : item.dump();
        if (!DisableRule(id, config)) {
          errors->push_back(
              fmt::format("lint.disable: no rule named \"{}\"{}", id, DidYouMean(id)));
          ok = false;
        }
      }
    } else if (key == "rules") {
      if (!value.is_object()) {
        errors->push_back("lint.rules: expected a mapping of rule ids");
        ok = false;
        continue;
      }
      for (const auto& [id, setting] : value.items())
        ok = ReadRule(id, setting, config, errors) && ok;
    } else {
      errors->push_back(fmt::format(
          "lint: unknown key \"{}\" (known: fail_on, pg_version, disable, rules)", key));
      ok = false;
    }
  }
  return ok;
}

}  // namespace tidemark::analyzer::lint
