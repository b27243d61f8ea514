// `tidemark migrate analyze FILE...`: per Up statement its class, reason,
// lock, rewrite and generated Down (docs/analyzer.md has the JSON schema).
#include <nlohmann/json.hpp>

#include "cli/analyze_support.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/json_report.h"

namespace tidemark::cli {
namespace {

using nlohmann::json;

constexpr int kAnalyzeJsonVersion = 1;

json DownJson(const std::vector<analyzer::DownPart>& down) {
  json parts = json::array();
  for (const auto& p : down) {
    json j{{"generated", p.generated}, {"notransaction", p.notransaction}};
    j["sql"] = p.generated ? json(p.sql) : json(nullptr);
    j["comment"] = p.comment.empty() ? json(nullptr) : json(p.comment);
    parts.push_back(std::move(j));
  }
  return parts;
}

json MigrationJson(const AnalyzedMigration& m) {
  json statements = json::array();
  for (const auto& s : m.analysis->statements) {
    json other = json::array();
    for (const auto& [rel, mode] : s.lock.other_relations) {
      other.push_back(json{{"relation", rel}, {"mode", analyzer::LockModeName(mode)}});
    }
    statements.push_back(json{
        {"file", m.file->path()},
        {"line", s.statement->pos.line},
        {"column", s.statement->pos.column},
        {"kind", s.kind},
        {"sql", s.statement->sql},
        {"class", analyzer::ReversibilityName(s.reversibility)},
        {"reason", s.reason},
        {"lock", json{{"relation", s.lock.relation.empty() ? json(nullptr) : json(s.lock.relation)},
                      {"mode", analyzer::LockModeName(s.lock.lock)},
                      {"rewrites", s.lock.rewrites},
                      {"scans", s.lock.scans},
                      {"other_relations", std::move(other)},
                      {"note", s.lock.note}}},
        {"needs_no_transaction", s.needs_no_transaction},
        {"down", DownJson(s.down)}});
  }
  return json{{"file", m.file->path()},
              {"version", m.file->version.text()},
              {"class", analyzer::ReversibilityName(m.analysis->worst)},
              {"statements", std::move(statements)},
              {"down", DownJson(m.analysis->down)},
              {"down_notransaction", analyzer::DownNeedsNoTransaction(m.analysis->down)},
              {"down_sql", analyzer::RenderDown(m.analysis->down)}};
}

std::string FirstLine(const std::string& sql) {
  std::string line = sql.substr(0, sql.find('\n'));
  if (line.size() > 70)
    line = line.substr(0, 67) + "...";
  else if (line.size() < sql.size())
    line += " ...";
  return line;
}

void PrintHuman(std::ostream& out, const AnalyzedMigration& m) {
  out << m.file->path() << ": " << analyzer::ReversibilityName(m.analysis->worst) << "\n";
  for (const auto& s : m.analysis->statements) {
    out << "  " << m.file->path() << ":" << s.statement->pos.line << ":" << s.statement->pos.column
        << "  " << FirstLine(s.statement->sql) << "\n";
    out << "    class:  " << analyzer::ReversibilityName(s.reversibility) << " - " << s.reason
        << "\n";
    out << "    lock:   " << analyzer::LockModeName(s.lock.lock);
    if (!s.lock.relation.empty()) out << " on " << s.lock.relation;
    out << (s.lock.rewrites ? ", rewrites the table" : "")
        << (s.lock.scans ? ", scans the table" : "");
    if (s.needs_no_transaction) out << ", cannot run in a transaction";
    out << "\n";
    if (s.down.empty()) {
      out << "    down:   (nothing to undo)\n";
    }
    for (const auto& p : s.down) {
      if (!p.comment.empty()) out << "    down:   -- tidemark: " << p.comment << "\n";
      if (p.generated && !p.sql.empty()) {
        out << "    down:   " << p.sql << ";" << (p.notransaction ? "   (notransaction)" : "")
            << "\n";
      }
    }
  }
}

}  // namespace

void RegisterAnalyze(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand(
      "analyze", "Per Up statement: reversibility class, reason, lock, rewrite and Down SQL");
  auto paths = std::make_shared<std::vector<std::string>>();
  TakesMigrationFiles(
      cmd->add_option("files", *paths, "Migration files or directories (default: --dir)"));
  commands->push_back(
      {cmd, [paths](Context& ctx) {
         std::vector<std::string> inputs = *paths;
         if (inputs.empty()) inputs.push_back(ctx.options.dir);
         parser::Inputs loaded(inputs, {0, /*with_history=*/true});
         analyzer::AnalysisSet analyzed(loaded);
         const std::vector<parser::Diagnostic>& errors = loaded.errors();
         for (const auto& e : errors) ctx.Error(parser::PathError(e));
         if (ctx.json()) {
           json files = json::array();
           for (const auto& m : analyzed.migrations()) files.push_back(MigrationJson(m));
           PrintJson(ctx, "analyze",
                     json{{"schema_version", kAnalyzeJsonVersion}, {"files", std::move(files)}}, 2);
         } else {
           for (const auto& m : analyzed.migrations()) PrintHuman(ctx.Out(), m);
         }
         return errors.empty() ? kExitOk : kExitUsage;
       }});
}

}  // namespace tidemark::cli
