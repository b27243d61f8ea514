// `tidemark migrate undo FILE... [--write|--check]`: the generated Down of
// existing migrations, printed, written into the file, or checked (CI).
#include <fstream>

#include "analyzer/catalog.h"
#include "analyzer/schema.h"
#include "cli/analyze_support.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {
namespace {

// --check: does `down` reverse the entry's Up on the model (its history
// replayed)? Prints what it leaves behind when it does not.
bool DownReverses(const Context& ctx, const parser::Inputs::Entry& entry,
                  const parser::Section& down) {
  const parser::MigrationFile& f = *entry.file;
  analyzer::Catalog before;
  if (entry.dir != nullptr) before = analyzer::ReplayHistory(entry.dir->migrations, entry.index);
  std::vector<parser::Position> unjudged;
  std::vector<analyzer::DownPart> left = analyzer::DownLeftovers(before, f, down, &unjudged);
  if (left.empty() && unjudged.empty()) return true;
  ctx.Out() << f.path() << ": the Down does not reverse the Up on the model";
  ctx.Out() << (left.empty() ? "\n" : "; still to undo after it:\n");
  for (const auto& p : left) {
    ctx.Out() << "    " << (p.generated ? p.sql + ";" : "-- " + p.comment) << "\n";
  }
  // Positions are in the file the Down is read from.
  const std::string& origin =
      &down == &f.down || !f.undo.has_value() ? f.path() : f.undo->source.path();
  for (const auto& pos : unjudged) {
    ctx.Out() << "    " << origin << ":" << pos.line << ":" << pos.column
              << ": PostgreSQL 15's grammar cannot parse this statement, so its effect is not "
                 "known\n";
  }
  return false;
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
                "Exit 1 when a file's Down is missing or does not reverse its Up on the model")
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
                         const auto& entries = loaded.entries();
                         for (size_t i = 0; i < analyzed.migrations().size(); ++i) {
                           const AnalyzedMigration& m = analyzed.migrations()[i];
                           const parser::MigrationFile& f = *m.file;
                           std::string down = DownSectionText(*m.analysis);
                           if (o->check) {
                             if (f.down_source() == parser::DownSource::kIrreversible) continue;
                             const parser::Section* existing = f.EffectiveDown();
                             if (existing == nullptr || existing->empty()) {
                               ctx.Out() << f.path() << ": no Down SQL (generated: "
                                         << analyzer::ReversibilityName(m.analysis->worst) << ")\n";
                               status = kExitFailure;
                             } else if (!DownReverses(ctx, entries[i], *existing)) {
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
