#include "cli/report_lint.h"

#ifndef TIDEMARK_VERSION
#define TIDEMARK_VERSION "0.0.0"
#endif

namespace tidemark::cli {

std::vector<const analyzer::lint::Finding*> LintRun::Findings() const {
  std::vector<const analyzer::lint::Finding*> out;
  for (const auto& f : folder_findings) out.push_back(&f);
  for (const auto& file : files) {
    for (const auto& f : file.findings) out.push_back(&f);
  }
  return out;
}

bool LintRun::Failed() const {
  for (const analyzer::lint::Finding* f : Findings()) {
    if (analyzer::lint::AtLeast(f->severity, fail_on)) return true;
  }
  return false;
}

const std::vector<LintReporter>& LintReporters() {
  static const std::vector<LintReporter> reporters = {
      {"human", [](std::ostream& out, const LintRun& run,
                   const ReportStyle& style) { ReportHuman(out, run, style.color, style.quiet); }},
      {"gcc",
       [](std::ostream& out, const LintRun& run, const ReportStyle&) { ReportGcc(out, run); }},
      {"json",
       [](std::ostream& out, const LintRun& run, const ReportStyle&) { ReportJson(out, run); }},
      {"sarif",
       [](std::ostream& out, const LintRun& run, const ReportStyle&) { ReportSarif(out, run); }},
      {"github",
       [](std::ostream& out, const LintRun& run, const ReportStyle&) { ReportGithub(out, run); }},
      {"gitlab",
       [](std::ostream& out, const LintRun& run, const ReportStyle&) { ReportGitlab(out, run); }},
  };
  return reporters;
}

const char* LintToolVersion() { return TIDEMARK_VERSION; }

}  // namespace tidemark::cli
