#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "analyzer/lint/registry.h"
#include "cli/report_lint.h"

namespace tidemark::cli {
namespace {

using nlohmann::json;

const char* Level(parser::Severity severity) {
  switch (severity) {
    case parser::Severity::kError:
      return "error";
    case parser::Severity::kWarning:
      return "warning";
    case parser::Severity::kInfo:
      return "note";
  }
  return "warning";
}

// A path as a relative URI reference: forward slashes, reserved bytes escaped.
std::string PathUri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    if (c == '\\') {
      out += '/';
    } else if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// "ban-drop-table" -> "BanDropTable" (SARIF's reportingDescriptor.name).
std::string PascalName(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

}  // namespace

void ReportSarif(std::ostream& out, const LintRun& run) {
  json rules = json::array();
  std::map<std::string, int> index;
  for (const analyzer::lint::Rule* rule : analyzer::lint::AllRules()) {
    const analyzer::lint::RuleInfo& info = rule->info();
    parser::Severity level = info.severity;
    if (run.config != nullptr) level = run.config->setting(info.id).severity;
    index[info.id] = static_cast<int>(rules.size());
    rules.push_back(json{
        {"id", info.id},
        {"name", PascalName(info.id)},
        {"shortDescription", {{"text", info.summary}}},
        {"help", {{"text", info.help}}},
        {"defaultConfiguration", {{"level", Level(level)}}},
        {"properties", {{"family", analyzer::lint::FamilyName(info.family)}}},
    });
  }
  json results = json::array();
  for (const analyzer::lint::Finding* f : run.Findings()) {
    json region{{"startLine", f->pos.line}, {"startColumn", f->pos.column}};
    if (f->has_offset) {
      region["endLine"] = f->end_pos.line;
      region["endColumn"] = f->end_pos.column + 1;  // SARIF end columns are exclusive
    }
    json result{
        {"ruleId", f->rule},
        {"level", Level(f->severity)},
        {"message", {{"text", f->help.empty() ? f->message : f->message + "\nhelp: " + f->help}}},
        {"locations", json::array({json{{"physicalLocation",
                                         {{"artifactLocation", {{"uri", PathUri(f->file)}}},
                                          {"region", std::move(region)}}}}})},
    };
    auto it = index.find(f->rule);
    if (it != index.end()) result["ruleIndex"] = it->second;
    results.push_back(std::move(result));
  }
  json artifacts = json::array();
  for (const auto& file : run.files) {
    artifacts.push_back(json{{"location", {{"uri", PathUri(file.file->path())}}}});
  }
  json doc{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({json{
                   {"tool",
                    {{"driver",
                      {{"name", "tidemark"},
                       {"version", LintToolVersion()},
                       {"semanticVersion", LintToolVersion()},
                       {"rules", std::move(rules)}}}}},
                   {"artifacts", std::move(artifacts)},
                   {"columnKind", "unicodeCodePoints"},
                   {"results", std::move(results)},
               }})},
  };
  out << doc.dump(2) << "\n";
}

}  // namespace tidemark::cli
