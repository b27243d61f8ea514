// `tidemark migrate parse FILE...`: the parser's view of migration files.
#include <nlohmann/json.hpp>

#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/json_report.h"
#include "parser/inputs.h"

namespace tidemark::cli {
namespace {

using nlohmann::json;

json PositionJson(const parser::Position& p) {
  return json{{"line", p.line}, {"column", p.column}};
}

json SectionJson(const parser::Section& s) {
  json statements = json::array();
  for (const parser::Statement& st : s.statements) {
    json j{{"sql", st.sql},
           {"start", PositionJson(st.pos)},
           {"end", PositionJson(st.end_pos)},
           {"byte_offset", st.begin},
           {"byte_length", st.end - st.begin},
           {"parsed", st.parsed},
           {"verbatim", st.verbatim}};
    if (!st.parsed) {
      j["parse_error"] = st.parse_error;
      j["error_position"] = PositionJson(st.error_pos);
    }
    statements.push_back(std::move(j));
  }
  return json{{"present", s.present},
              {"marker", PositionJson(s.marker_pos)},
              {"notransaction", s.notransaction},
              {"irreversible", s.irreversible},
              {"statements", std::move(statements)}};
}

const char* DownSourceName(parser::DownSource source) {
  switch (source) {
    case parser::DownSource::kSection:
      return "section";
    case parser::DownSource::kUndoFile:
      return "undo-file";
    case parser::DownSource::kIrreversible:
      return "irreversible";
    case parser::DownSource::kNone:
      return "none";
  }
  return "none";
}

json DiagnosticJson(const parser::Diagnostic& d) {
  return json{{"file", d.file},         {"line", d.pos.line},
              {"column", d.pos.column}, {"severity", parser::SeverityName(d.severity)},
              {"code", d.code},         {"message", d.message}};
}

void PrintSectionHuman(std::ostream& out, const char* name, const parser::Section& s) {
  out << "  " << name;
  if (!s.present) {
    out << ": (none)\n";
    return;
  }
  if (s.notransaction) out << " notransaction";
  if (s.irreversible) out << " irreversible";
  out << " (" << s.statements.size() << " statement" << (s.statements.size() == 1 ? "" : "s")
      << ")\n";
  for (const parser::Statement& st : s.statements) {
    std::string first_line = st.sql.substr(0, st.sql.find('\n'));
    bool cut = first_line.size() < st.sql.size();
    if (first_line.size() > 72) {
      first_line.resize(69);
      cut = true;
    }
    out << "    " << st.pos.line << ":" << st.pos.column << "  " << first_line
        << (cut ? " ..." : "");
    if (!st.parsed) out << "   [not PostgreSQL 15 grammar: " << st.parse_error << "]";
    out << "\n";
  }
}

int RunParse(Context& ctx, const std::vector<std::string>& paths) {
  std::vector<std::string> list = paths;
  if (list.empty()) list.push_back(ctx.options.dir);
  parser::Inputs inputs(list, {});
  std::vector<parser::Diagnostic> problems = inputs.errors();
  problems.insert(problems.end(), inputs.diagnostics().begin(), inputs.diagnostics().end());
  bool errors = parser::HasErrors(problems);
  if (ctx.json()) {
    json files = json::array();
    json diagnostics = json::array();
    for (const auto& d : problems) diagnostics.push_back(DiagnosticJson(d));
    for (const parser::Inputs::Entry& entry : inputs.entries()) {
      const parser::MigrationFile& f = *entry.file;
      json file{{"path", f.path()},
                {"version", f.version.text()},
                {"label", f.label},
                {"checksum", f.checksum},
                {"has_markers", f.has_markers},
                {"up", SectionJson(f.up)},
                {"down", SectionJson(f.down)},
                {"down_source", DownSourceName(f.down_source())}};
      if (f.undo)
        file["undo_file"] = {{"path", f.undo->source.path()}, {"down", SectionJson(f.undo->down)}};
      for (const auto& d : f.diagnostics) diagnostics.push_back(DiagnosticJson(d));
      if (f.undo) {
        for (const auto& d : f.undo->diagnostics) diagnostics.push_back(DiagnosticJson(d));
      }
      errors = errors || f.HasErrors();
      files.push_back(std::move(file));
    }
    PrintJson(ctx, "parse", json{{"files", files}, {"diagnostics", diagnostics}}, 2);
    return errors ? kExitUsage : kExitOk;
  }
  PrintDiagnostics(ctx.Err(), problems);
  for (const parser::Inputs::Entry& entry : inputs.entries()) {
    const parser::MigrationFile& f = *entry.file;
    std::ostream& out = ctx.Out();
    out << f.path() << "\n  version " << (f.version.empty() ? "(none)" : f.version.text())
        << ", checksum sha256:" << f.checksum.substr(0, 12)
        << ", down: " << DownSourceName(f.down_source()) << "\n";
    PrintSectionHuman(out, "Up", f.up);
    PrintSectionHuman(out, "Down", f.down);
    if (f.undo) PrintSectionHuman(out, f.undo->source.path().c_str(), f.undo->down);
    PrintDiagnostics(ctx.Err(), f.diagnostics);
    if (f.undo) PrintDiagnostics(ctx.Err(), f.undo->diagnostics);
    errors = errors || f.HasErrors();
  }
  return errors ? kExitUsage : kExitOk;
}

}  // namespace

void RegisterParse(CLI::App* migrate, CommandList* commands) {
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = migrate->add_subcommand(
      "parse", "Show how migration files are read: sections, options, statements and positions");
  TakesMigrationFiles(
      cmd->add_option("paths", *paths, "Migration files or directories (default: --dir)"));
  commands->push_back({cmd, [paths](Context& ctx) { return RunParse(ctx, *paths); }});
}

}  // namespace tidemark::cli
