// `tidemark lint [PATH...]`: static checks of migration files (SPEC.md §5),
// no database. Exit 0 clean, 1 findings at or above --fail-on, 2 usage or
// input errors.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "analyzer/analysis_set.h"
#include "analyzer/lint/config.h"
#include "analyzer/lint/engine.h"
#include "analyzer/lint/registry.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"
#include "cli/report_lint.h"
#include "parser/inputs.h"
#include "parser/migration.h"
#include "parser/version.h"

namespace tidemark::cli {
namespace {

namespace lint = analyzer::lint;
using nlohmann::json;

struct LintOptions {
  std::vector<std::string> paths;
  std::string fail_on;
  std::string reporter;
  std::string pg_version;
  std::vector<std::string> disable;
  int jobs = 0;
  bool list_rules = false;
};

// YAML scalars keep their text; plain (unquoted) ones that read as
// booleans or integers become those.
json YamlToJson(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      json out = json::object();
      for (const auto& item : node) out[item.first.as<std::string>()] = YamlToJson(item.second);
      return out;
    }
    case YAML::NodeType::Sequence: {
      json out = json::array();
      for (const auto& item : node) out.push_back(YamlToJson(item));
      return out;
    }
    case YAML::NodeType::Scalar: {
      const std::string& text = node.Scalar();
      if (node.Tag() != "!") {
        if (text == "true" || text == "True" || text == "yes") return true;
        if (text == "false" || text == "False" || text == "no") return false;
        bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
        if (digits && text.size() < 18) return std::stoll(text);
      }
      return text;
    }
    default:
      return nullptr;
  }
}

// The forward migration an _undo.sql file belongs to ("" when none exists).
int ListRules(Context& ctx, const lint::LintConfig& config) {
  if (ctx.json()) {
    json rules = json::array();
    for (const lint::Rule* rule : lint::AllRules()) {
      const lint::RuleInfo& info = rule->info();
      const lint::RuleSetting& setting = config.setting(info.id);
      json options = json::array();
      for (const lint::OptionSpec& o : info.options) {
        options.push_back(json{{"name", o.name},
                               {"type", lint::OptionKindName(o.kind)},
                               {"default", o.default_value},
                               {"help", o.help}});
      }
      rules.push_back(json{{"id", info.id},
                           {"severity", parser::SeverityName(setting.severity)},
                           {"default_severity", parser::SeverityName(info.severity)},
                           {"enabled", setting.enabled},
                           {"family", lint::FamilyName(info.family)},
                           {"summary", info.summary},
                           {"help", info.help},
                           {"options", std::move(options)},
                           {"aliases", info.aliases}});
    }
    PrintJson(ctx, "lint-rules", json{{"rules", std::move(rules)}}, 2);
    return kExitOk;
  }
  for (const lint::Rule* rule : lint::AllRules()) {
    const lint::RuleInfo& info = rule->info();
    const lint::RuleSetting& setting = config.setting(info.id);
    ctx.Out() << fmt::format("{:<36} {:<8} {:<13} {}\n", info.id,
                             setting.enabled ? parser::SeverityName(setting.severity) : "off",
                             lint::FamilyName(info.family), info.summary);
  }
  return kExitOk;
}

}  // namespace

lint::LintConfig ConfiguredLint(const Context& ctx, std::vector<std::string>* errors) {
  lint::LintConfig config = lint::DefaultConfig();
  if (ctx.config.lint && !ctx.config.lint.IsNull()) {
    json raw;
    try {
      raw = YamlToJson(ctx.config.lint);
    } catch (const std::exception& e) {
      errors->push_back(fmt::format("lint: {}", e.what()));
      return config;
    }
    lint::ApplyConfig(raw, &config, errors);
  }
  return config;
}

namespace {

int RunLint(Context& ctx, const LintOptions& o) {
  std::vector<std::string> errors;
  lint::LintConfig config = ConfiguredLint(ctx, &errors);
  for (const std::string& id : o.disable) {
    if (!lint::DisableRule(id, &config)) {
      std::string suggestion = lint::SuggestRule(id);
      errors.push_back(
          fmt::format("--disable: no rule named \"{}\"{}", id,
                      suggestion.empty() ? "" : " (did you mean " + suggestion + "?)"));
    }
  }
  if (!o.pg_version.empty() && !lint::ParsePgVersion(o.pg_version, &config.pg_version)) {
    errors.push_back(
        fmt::format("--pg-version: \"{}\" is not a PostgreSQL version such as 15", o.pg_version));
  }
  parser::Severity fail_on = config.fail_on.value_or(lint::kDefaultFailOn);
  if (!o.fail_on.empty()) lint::ParseSeverity(o.fail_on, &fail_on);
  if (!errors.empty()) {
    for (const std::string& e : errors) {
      ctx.Error(ctx.config.path.empty() || e.rfind("--", 0) == 0 ? e : ctx.config.path + ": " + e);
    }
    return kExitUsage;
  }
  if (o.list_rules) return ListRules(ctx, config);

  std::vector<std::string> paths = o.paths;
  if (paths.empty()) paths.push_back(ctx.options.dir);
  // Each file is judged with its directory's earlier migrations replayed,
  // as every other command judges it.
  parser::Inputs inputs(paths, {o.jobs, /*with_history=*/true});
  for (const parser::Diagnostic& e : inputs.errors()) ctx.Error(parser::PathError(e));
  analyzer::AnalysisSet analyzed(inputs);

  lint::Linter linter(config);
  LintRun run;
  run.config = &linter.config();
  run.fail_on = fail_on;
  run.folder_findings = linter.FromDiagnostics(inputs.diagnostics());
  run.files = linter.LintAll(analyzed, o.jobs);
  for (const auto& result : run.files) {
    run.suppressed += result.suppressed;
    run.statements += static_cast<int>(result.file->up.statements.size());
    if (const parser::Section* down = result.file->EffectiveDown()) {
      run.statements += static_cast<int>(down->statements.size());
    }
  }

  std::string name = o.reporter.empty() ? (ctx.json() ? "json" : "human") : o.reporter;
  // A path that could not be read is not "no problems": the human summary is
  // left out, and the error says what was not linted.
  ReportStyle style{ctx.color, ctx.options.quiet || !inputs.errors().empty()};
  for (const LintReporter& reporter : LintReporters()) {
    if (name == reporter.name) reporter.write(ctx.Out(), run, style);
  }
  if (!inputs.errors().empty()) {
    size_t n = inputs.errors().size();
    ctx.Error(fmt::format("{} {} not linted", n, n == 1 ? "path" : "paths"));
    return kExitUsage;
  }
  return run.Failed() ? kExitFailure : kExitOk;
}

}  // namespace

void RegisterLint(CLI::App* root, CommandList* commands) {
  auto o = std::make_shared<LintOptions>();
  CLI::App* cmd = root->add_subcommand(
      "lint", "Check migrations for destructive, locking and irreversible changes (no database)");
  TakesMigrationFiles(
      cmd->add_option("paths", o->paths, "Migration files or folders (default: --dir)"));
  cmd->add_option("--fail-on", o->fail_on,
                  "Exit 1 when a finding is at least this severe (default: error, or lint.fail_on)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  std::vector<std::string> reporters;
  for (const LintReporter& reporter : LintReporters()) reporters.emplace_back(reporter.name);
  cmd->add_option("--reporter", o->reporter,
                  fmt::format("Output: {} (default: human; json with --format json)",
                              fmt::join(reporters, ", ")))
      ->check(CLI::IsMember(reporters));
  cmd->add_option("--pg-version", o->pg_version,
                  "PostgreSQL version the migrations run on (default: 15, or lint.pg_version)");
  cmd->add_option("--disable", o->disable, "Turn a rule off (repeatable)")->allow_extra_args(false);
  cmd->add_option("-j,--jobs", o->jobs, "Files linted in parallel (default: one per core)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--list-rules", o->list_rules, "List the rules with their severity and exit");
  commands->push_back({cmd, [o](Context& ctx) { return RunLint(ctx, *o); }});
}

}  // namespace tidemark::cli
