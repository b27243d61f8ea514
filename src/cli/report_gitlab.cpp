#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>

#include "cli/report_lint.h"
#include "parser/checksum.h"
#include "parser/migration.h"

namespace tidemark::cli {
namespace {

using nlohmann::json;

// Code Quality severities: info, minor, major, critical, blocker.
const char* GitlabSeverity(parser::Severity severity) {
  switch (severity) {
    case parser::Severity::kError:
      return "major";
    case parser::Severity::kWarning:
      return "minor";
    case parser::Severity::kInfo:
      return "info";
  }
  return "minor";
}

// What a finding points at, with whitespace folded: the same statement
// gives the same text wherever it moves in the file.
std::string Anchor(const analyzer::lint::Finding& f) {
  if (!f.has_offset || f.source == nullptr || f.end_offset > f.source->text().size()) {
    return f.message;
  }
  return parser::FoldWhitespace(
      std::string_view(f.source->text()).substr(f.offset, f.end_offset - f.offset));
}

}  // namespace

void ReportGitlab(std::ostream& out, const LintRun& run) {
  json issues = json::array();
  // The n-th finding of one rule on the same text in one file: the count
  // keeps fingerprints unique when a file repeats a statement.
  std::map<std::string, int> seen;
  for (const analyzer::lint::Finding* f : run.Findings()) {
    std::string key = f->rule + '\0' + f->file + '\0' + Anchor(*f);
    int n = seen[key]++;
    std::string description = f->message;
    if (!f->help.empty()) description += " (help: " + f->help + ")";
    issues.push_back(json{
        {"description", description},
        {"check_name", f->rule},
        {"fingerprint", parser::Sha256Hex(key + '\0' + std::to_string(n))},
        {"severity", GitlabSeverity(f->severity)},
        {"location",
         {{"path", f->file}, {"lines", {{"begin", f->pos.line}, {"end", f->end_pos.line}}}}},
    });
  }
  out << issues.dump(2) << "\n";
}

}  // namespace tidemark::cli
