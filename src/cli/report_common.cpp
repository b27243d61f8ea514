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

const char* LintToolVersion() { return TIDEMARK_VERSION; }

}  // namespace tidemark::cli
