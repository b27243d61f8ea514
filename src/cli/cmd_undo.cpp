// `tidemark migrate undo FILE... [--write|--check]`: the generated Down of
// existing migrations, printed, written into the file, or checked (CI).
#include <fstream>

#include "cli/analyze_support.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {
namespace {

std::vector<std::string> Normalized(const parser::Section& section) {
  std::vector<std::string> out;
  for (const auto& st : section.statements) out.push_back(st.normalized);
  return out;
}

std::vector<std::string> GeneratedNormalized(const analyzer::MigrationAnalysis& a) {
  parser::MigrationFile f =
      parser::ParseMigration("generated.sql", "-- +migrate Up\n" + analyzer::RenderDown(a.down));
  return Normalized(f.up);
}

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

// The file's text with its Down section replaced by (or appended as) `down`.
std::string WithDown(const parser::MigrationFile& f, const std::string& down) {
  const std::string& text = f.source.text();
  if (!f.has_markers) {
    std::string up = text;
    if (!up.empty() && up.back() != '\n') up += "\n";
    return "-- +migrate Up\n" + up + "\n" + down;
  }
  if (f.down.present) {
    size_t marker = f.source.LineStart(f.down.marker_pos.line);
    return text.substr(0, marker) + down + text.substr(f.down.end);
  }
  std::string out = text;
  if (!out.empty() && out.back() != '\n') out += "\n";
  return out + "\n" + down;
}

}  // namespace

void RegisterUndo(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "undo", "Print, write or check the generated Down SQL of existing migrations");
  struct Opts {
    std::vector<std::string> paths;
    bool write = false;
    bool check = false;
    bool force = false;
  };
  auto o = std::make_shared<Opts>();
  TakesMigrationFiles(
      cmd->add_option("files", o->paths, "Migration files or directories (default: --dir)"));
  auto* w = cmd->add_flag("--write", o->write, "Write the generated Down into each file");
  cmd->add_flag("--check", o->check,
                "Exit 1 when a file's Down is missing or differs from the generated one")
      ->excludes(w);
  cmd->add_flag("--force", o->force, "With --write: replace a Down that has statements too")
      ->needs(w);
  commands->push_back({cmd, [o](Context& ctx) {
                         std::vector<std::string> inputs = o->paths;
                         if (inputs.empty()) inputs.push_back(ctx.options.dir);
                         parser::Inputs loaded(inputs, {0, /*with_history=*/true});
                         analyzer::AnalysisSet analyzed(loaded);
                         const std::vector<parser::Diagnostic>& errors = loaded.errors();
                         for (const auto& e : errors) ctx.Error(parser::PathError(e));
                         int status = errors.empty() ? kExitOk : kExitUsage;
                         for (const auto& m : analyzed.migrations()) {
                           const parser::MigrationFile& f = *m.file;
                           std::string down = DownSectionText(*m.analysis);
                           if (o->check) {
                             if (f.down_source() == parser::DownSource::kIrreversible) continue;
                             const parser::Section* existing = f.EffectiveDown();
                             if (existing == nullptr || existing->empty()) {
                               ctx.Out() << f.path() << ": no Down SQL (generated: "
                                         << analyzer::ReversibilityName(m.analysis->worst) << ")\n";
                               status = kExitFailure;
                             } else if (Normalized(*existing) != GeneratedNormalized(*m.analysis)) {
                               ctx.Out() << f.path() << ": Down differs from the generated one\n";
                               status = kExitFailure;
                             }
                             continue;
                           }
                           if (o->write) {
                             if (f.down_source() == parser::DownSource::kIrreversible) {
                               if (!ctx.options.quiet) {
                                 ctx.Out()
                                     << "skip " << f.path() << " (Down marked irreversible)\n";
                               }
                               continue;
                             }
                             const parser::Section* existing = f.EffectiveDown();
                             if (existing != nullptr && !existing->empty() && !o->force) {
                               // A hand-written Down (say, an UPDATE restoring
                               // data) is never lost silently.
                               if (!ctx.options.quiet) {
                                 ctx.Out() << "skip " << f.path()
                                           << " (it has a Down; --force replaces it)\n";
                               }
                               continue;
                             }
                             bool ok;
                             if (!f.down.present && f.undo.has_value()) {
                               ok = WriteFile(f.undo->source.path(), down);
                             } else {
                               ok = WriteFile(f.path(), WithDown(f, down));
                             }
                             if (!ok) {
                               ctx.Error(f.path() + ": cannot write");
                               status = kExitFailure;
                             } else if (!ctx.options.quiet) {
                               ctx.Out() << "wrote Down of " << f.path() << "\n";
                             }
                             continue;
                           }
                           ctx.Out() << "-- " << f.path() << " ("
                                     << analyzer::ReversibilityName(m.analysis->worst) << ")\n"
                                     << down << "\n";
                         }
                         return status;
                       }});
}

}  // namespace tidemark::cli
