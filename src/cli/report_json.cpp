#include <nlohmann/json.hpp>
#include <ostream>

#include "analyzer/lint/registry.h"
#include "cli/json_report.h"
#include "cli/report_lint.h"

namespace tidemark::cli {

// Schema "tidemark.lint/1", documented in docs/lint.md. Built here from the
// findings, never by serialising internal structs, so it stays stable.
void ReportJson(std::ostream& out, const LintRun& run) {
  using nlohmann::json;
  json findings = json::array();
  int counts[3] = {0, 0, 0};
  for (const analyzer::lint::Finding* f : run.Findings()) {
    ++counts[static_cast<int>(f->severity)];
    const analyzer::lint::Rule* rule = analyzer::lint::FindRule(f->rule);
    findings.push_back(json{
        {"rule", f->rule},
        {"severity", parser::SeverityName(f->severity)},
        {"family", rule != nullptr ? analyzer::lint::FamilyName(rule->info().family) : "hygiene"},
        {"file", f->file},
        {"line", f->pos.line},
        {"column", f->pos.column},
        {"end_line", f->end_pos.line},
        {"end_column", f->end_pos.column},
        {"message", f->message},
        {"help", f->help},
        {"doc", "docs/rules/" + f->rule + ".md"},
    });
  }
  json files = json::array();
  for (const auto& file : run.files) files.push_back(file.file->path());
  json doc{
      {"schema", JsonSchemaName("lint")},
      {"tool", {{"name", "tidemark"}, {"version", LintToolVersion()}}},
      {"pg_version", run.config != nullptr ? run.config->pg_version.major : 15},
      {"fail_on", parser::SeverityName(run.fail_on)},
      {"files", std::move(files)},
      {"findings", std::move(findings)},
      {"summary",
       {{"files", run.files.size()},
        {"statements", run.statements},
        {"errors", counts[0]},
        {"warnings", counts[1]},
        {"infos", counts[2]},
        {"suppressed", run.suppressed},
        {"failed", run.Failed()}}},
  };
  out << doc.dump(2) << "\n";
}

}  // namespace tidemark::cli
