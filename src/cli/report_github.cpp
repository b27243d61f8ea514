#include <fmt/format.h>

#include <ostream>
#include <string_view>

#include "cli/report_lint.h"

namespace tidemark::cli {
namespace {

// Workflow-command escaping: data escapes %, CR and LF; properties also ':' and ','.
std::string Escape(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

void ReportGithub(std::ostream& out, const LintRun& run) {
  for (const analyzer::lint::Finding* f : run.Findings()) {
    const char* command = f->severity == parser::Severity::kError     ? "error"
                          : f->severity == parser::Severity::kWarning ? "warning"
                                                                      : "notice";
    std::string message = f->message;
    if (!f->help.empty()) message += "\nhelp: " + f->help;
    // Columns only when the span is on one line: GitHub ignores them otherwise.
    std::string where = fmt::format("file={},line={}", Escape(f->file, true), f->pos.line);
    if (f->end_pos.line == f->pos.line) {
      where += fmt::format(",col={},endColumn={}", f->pos.column, f->end_pos.column);
    } else {
      where += fmt::format(",endLine={}", f->end_pos.line);
    }
    out << fmt::format("::{} {},title={}::{}\n", command, where,
                       Escape("tidemark " + f->rule, true), Escape(message, false));
  }
}

}  // namespace tidemark::cli
