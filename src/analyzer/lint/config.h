#pragma once

// Lint settings: every rule's severity, whether it runs, and its options,
// from the rule defaults overridden by the `lint:` mapping of .tidemark.yml
// (handed over as JSON) and then by command-line flags.

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/rule.h"

namespace tidemark::analyzer::lint {

struct RuleSetting {
  bool enabled = true;
  Severity severity = Severity::kWarning;
  RuleOptions options;
};

// What --fail-on is when neither the flag nor lint.fail_on says.
inline constexpr Severity kDefaultFailOn = Severity::kError;

struct LintConfig {
  PgVersion pg_version;
  std::optional<Severity> fail_on;           // unset: the command's default
  std::map<std::string, RuleSetting> rules;  // every registered rule, by id

  const RuleSetting& setting(const std::string& id) const { return rules.at(id); }
};

// Every registered rule enabled at its default severity and options.
LintConfig DefaultConfig();

// "error", "warning", "info" (and "note" for info).
bool ParseSeverity(std::string_view text, Severity* out);

// Applies a `lint:` mapping:
//   fail_on: error|warning|info
//   pg_version: 14
//   disable: [rule-id, ...]
//   rules:
//     rule-id: off | error | warning | info
//     rule-id: {severity: error, enabled: true, <option>: <value>, ...}
// Unknown keys, rules and options are errors ("did you mean" included).
bool ApplyConfig(const nlohmann::json& lint, LintConfig* config, std::vector<std::string>* errors);

// Turns a rule off (`--disable`); false when no rule has that id.
bool DisableRule(std::string_view id, LintConfig* config);

}  // namespace tidemark::analyzer::lint
