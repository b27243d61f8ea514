#include <fmt/format.h>

#include <ostream>
#include <string_view>

#include "cli/report_lint.h"

namespace tidemark::cli {
namespace {

struct Palette {
  bool on = false;
  std::string Paint(std::string_view text, const char* code) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

const char* SeverityColor(parser::Severity severity) {
  switch (severity) {
    case parser::Severity::kError:
      return "1;31";
    case parser::Severity::kWarning:
      return "1;33";
    case parser::Severity::kInfo:
      return "1;36";
  }
  return "1";
}

// Number of characters (UTF-8 code points) in `text`.
size_t Width(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

// The line the finding starts on, a caret under its column and a run of
// '~' to the end of the statement on that line.
void Excerpt(std::ostream& out, const analyzer::lint::Finding& f, const Palette& p) {
  if (f.source == nullptr || !f.has_offset) return;
  std::string_view line = f.source->Line(f.pos.line);
  if (line.empty()) return;
  const size_t line_start = f.source->LineStart(f.pos.line);
  const size_t caret_byte = f.offset - std::min(f.offset, line_start);
  size_t end_byte = f.end_offset > line_start ? f.end_offset - line_start : caret_byte + 1;
  end_byte = std::min(end_byte, line.size());
  std::string gutter = std::to_string(f.pos.line);
  std::string pad(gutter.size(), ' ');
  // Keep tabs where the line has them so that the caret lines up.
  std::string lead;
  for (size_t i = 0; i < caret_byte && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    lead += line[i] == '\t' ? '\t' : ' ';
  }
  size_t marks = end_byte > caret_byte ? Width(line.substr(caret_byte, end_byte - caret_byte)) : 1;
  std::string underline = "^" + std::string(marks > 1 ? marks - 1 : 0, '~');
  out << " " << p.Paint(pad + " |", "1;34") << "\n";
  out << " " << p.Paint(gutter + " |", "1;34") << " " << line << "\n";
  out << " " << p.Paint(pad + " |", "1;34") << " " << lead
      << p.Paint(underline, SeverityColor(f.severity)) << "\n";
}

}  // namespace

void ReportHuman(std::ostream& out, const LintRun& run, bool color, bool quiet) {
  Palette p{color};
  int counts[3] = {0, 0, 0};
  for (const analyzer::lint::Finding* f : run.Findings()) {
    ++counts[static_cast<int>(f->severity)];
    out << p.Paint(fmt::format("{}:{}:{}:", f->file, f->pos.line, f->pos.column), "1") << " "
        << p.Paint(parser::SeverityName(f->severity), SeverityColor(f->severity)) << ": "
        << f->message << " " << p.Paint("[" + f->rule + "]", "2") << "\n";
    Excerpt(out, *f, p);
    if (!f->help.empty()) {
      out << " " << std::string(std::to_string(f->pos.line).size(), ' ') << " "
          << p.Paint("= help:", "1") << " " << f->help << "\n";
    }
    out << "\n";
  }
  if (quiet) return;
  size_t files = run.files.size();
  auto plural = [](int n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  std::string where = fmt::format("{} ({})", plural(static_cast<int>(files), "file", "files"),
                                  plural(run.statements, "statement", "statements"));
  if (counts[0] + counts[1] + counts[2] == 0) {
    out << "no problems in " << where;
  } else {
    out << fmt::format("{}, {}, {} in {}", plural(counts[0], "error", "errors"),
                       plural(counts[1], "warning", "warnings"), plural(counts[2], "info", "info"),
                       where);
  }
  if (run.suppressed > 0) out << fmt::format("; {} silenced by ignore comments", run.suppressed);
  out << "\n";
}

}  // namespace tidemark::cli
