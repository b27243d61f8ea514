#include <fmt/format.h>

#include <ostream>

#include "cli/report_lint.h"

namespace tidemark::cli {

void ReportGcc(std::ostream& out, const LintRun& run) {
  for (const analyzer::lint::Finding* f : run.Findings()) {
    const char* severity = f->severity == parser::Severity::kError     ? "error"
                           : f->severity == parser::Severity::kWarning ? "warning"
                                                                       : "note";
    out << fmt::format("{}:{}:{}: {}: {} [{}]\n", f->file, f->pos.line, f->pos.column, severity,
                       f->message, f->rule);
  }
}

}  // namespace tidemark::cli
