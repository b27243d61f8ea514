#include "analyzer/lint/engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "analyzer/lint/ignore.h"
#include "analyzer/lint/registry.h"
#include "analyzer/lint/state.h"
#include "analyzer/parse_tree.h"
#include "parser/parallel.h"

namespace tidemark::analyzer::lint {
namespace {

struct ActiveRule {
  const Rule* rule;
  const RuleSetting* setting;
};

// Collects what rules report, filling in rule id, severity and help.
class Sink : public Emitter {
 public:
  explicit Sink(std::vector<Finding>* out) : out_(out) {}

  void Bind(const ActiveRule& active) { active_ = active; }
  void SetStatement(const parser::SourceText* source, const parser::Statement* statement) {
    source_ = source;
    statement_ = statement;
  }

  void Report(std::string message) override { ReportAt(-1, std::move(message)); }

  void ReportAt(int location, std::string message) override {
    if (statement_ == nullptr) return;
    size_t offset = statement_->begin;
    if (location >= 0 && static_cast<size_t>(location) < statement_->sql.size()) {
      offset += static_cast<size_t>(location);
    }
    Add(*source_, offset, statement_->end, std::move(message));
  }

  void ReportStatement(const parser::SourceText& source, const parser::Statement& statement,
                       std::string message) override {
    Add(source, statement.begin, statement.end, std::move(message));
  }

  void ReportAtOffset(const parser::SourceText& source, size_t offset,
                      std::string message) override {
    const std::string& text = source.text();
    offset = std::min(offset, text.size());
    size_t end = text.find('\n', offset);
    if (end == std::string::npos) end = text.size();
    Add(source, offset, std::max(end, offset + 1), std::move(message));
  }

 private:
  void Add(const parser::SourceText& source, size_t offset, size_t end, std::string message) {
    Finding f;
    f.rule = active_.rule->id();
    f.severity = active_.setting->severity;
    f.file = source.path();
    f.pos = source.PositionAt(offset);
    end = std::min(std::max(end, offset + 1), std::max<size_t>(source.text().size(), offset + 1));
    f.end_pos = source.PositionAt(end > offset + 1 ? end - 1 : offset);
    f.has_offset = true;
    f.offset = offset;
    f.end_offset = end;
    f.message = std::move(message);
    f.help = active_.rule->info().help;
    f.source = &source;
    out_->push_back(std::move(f));
  }

  std::vector<Finding>* out_;
  ActiveRule active_{};
  const parser::SourceText* source_ = nullptr;
  const parser::Statement* statement_ = nullptr;
};

// The statements of `section` with their parse trees (each statement's
// own, shared with the analyzer).
void ParseSection(const parser::Section& section, std::vector<ParsedStatement>* out) {
  out->reserve(section.statements.size());
  for (const parser::Statement& statement : section.statements) {
    ParsedStatement parsed;
    parsed.statement = &statement;
    if (statement.parsed) {
      const ParseTree& tree = statement.tree();
      if (tree.ok() && tree.size() > 0) parsed.node = &tree.stmt(0);
    }
    out->push_back(parsed);
  }
}

bool Transactional(const parser::Section& section, const std::vector<ParsedStatement>& statements) {
  if (section.notransaction) return false;
  return std::none_of(statements.begin(), statements.end(), [](const ParsedStatement& p) {
    return p.node != nullptr && NeedsNoTransaction(*p.node);
  });
}

Finding FromDiagnostic(const parser::Diagnostic& d, const parser::SourceText* source,
                       const LintConfig& config, bool* keep) {
  Finding f;
  f.rule = d.code;
  f.severity = d.severity;
  const Rule* rule = FindRule(d.code);
  *keep = true;
  if (rule != nullptr) {
    const RuleSetting& setting = config.setting(rule->id());
    *keep = setting.enabled;
    f.rule = rule->id();
    f.severity = setting.severity;
    f.help = rule->info().help;
  }
  f.file = d.file;
  f.pos = d.pos;
  f.end_pos = d.pos;
  f.message = d.message;
  if (source != nullptr && source->path() == d.file && !source->text().empty()) {
    f.source = source;
    f.has_offset = true;
    f.offset = OffsetOf(*source, d.pos);
    f.end_offset = f.offset + 1;
  }
  return f;
}

std::string IgnoreSpelling(const IgnoreComment& ignore) {
  return ignore.whole_file ? "tidemark-ignore-file" : "tidemark-ignore";
}

// Reports the parts of ignore comments that silenced nothing.
void ReportUnused(const parser::SourceText& source, std::vector<IgnoreComment>* ignores,
                  const LintConfig& config, std::vector<Finding>* out) {
  const Rule* unused_rule = FindRule("unused-ignore");
  const RuleSetting& setting = config.setting(unused_rule->id());
  if (!setting.enabled) return;
  std::vector<Finding> found;
  Sink local(&found);
  local.Bind({unused_rule, &setting});
  for (const IgnoreComment& ignore : *ignores) {
    for (const std::string& name : ignore.unknown) {
      std::string suggestion = SuggestRule(name);
      local.ReportAtOffset(
          source, ignore.offset,
          fmt::format("\"{}\" names no lint rule{}; this ignore silences nothing for it", name,
                      suggestion.empty() ? "" : fmt::format(" (did you mean {}?)", suggestion)));
    }
    if (ignore.rules.empty()) {
      if (ignore.unknown.empty() && !ignore.used[0]) {
        local.ReportAtOffset(
            source, ignore.offset,
            fmt::format("\"{}\" silences nothing here: remove it", IgnoreSpelling(ignore)));
      }
      continue;
    }
    for (size_t i = 0; i < ignore.rules.size(); ++i) {
      if (ignore.used[i]) continue;
      const std::string& id = ignore.rules[i];
      if (id == "unused-ignore") continue;        // judged below
      if (!config.setting(id).enabled) continue;  // a disabled rule can fire nowhere
      local.ReportAtOffset(
          source, ignore.offset,
          fmt::format("\"{} {}\" silences nothing here: remove {}", IgnoreSpelling(ignore), id,
                      ignore.rules.size() == 1 ? "the comment" : "the rule id"));
    }
  }
  // Only a file-wide ignore that names unused-ignore can silence these.
  for (Finding& f : found) {
    bool silenced = false;
    for (IgnoreComment& ignore : *ignores) {
      if (!ignore.whole_file) continue;
      auto it = std::find(ignore.rules.begin(), ignore.rules.end(), "unused-ignore");
      if (it == ignore.rules.end()) continue;
      ignore.used[static_cast<size_t>(it - ignore.rules.begin())] = true;
      silenced = true;
      break;
    }
    if (!silenced) out->push_back(std::move(f));
  }
}

}  // namespace

Linter::Linter(LintConfig config) : config_(std::move(config)) {}

FileResult Linter::Lint(const parser::MigrationFile& file,
                        const MigrationAnalysis* analysis) const {
  FileResult result;
  result.file = &file;
  std::vector<Finding> findings;

  std::vector<ActiveRule> active;
  for (const Rule* rule : AllRules()) {
    const RuleSetting& setting = config_.setting(rule->id());
    if (setting.enabled && !rule->info().from_parser) active.push_back({rule, &setting});
  }

  FileContext ctx;
  ctx.file = &file;
  ctx.up = &file.up;
  ctx.down = file.EffectiveDown();
  ctx.down_source =
      file.down_source() == parser::DownSource::kUndoFile ? &file.undo->source : &file.source;
  ctx.pg_version = config_.pg_version;
  ParseSection(file.up, &ctx.up_statements);
  if (ctx.down != nullptr) ParseSection(*ctx.down, &ctx.down_statements);
  ctx.up_transactional = Transactional(file.up, ctx.up_statements);

  // The analyzer's view of each Up statement (class, lock, generated Down),
  // the same one every other command reads.
  MigrationAnalysis alone;
  try {
    if (analysis == nullptr) {
      alone = AnalyzeMigration(file);
      analysis = &alone;
    }
    ctx.analysis = analysis;
    std::map<const parser::Statement*, const StatementAnalysis*> by_statement;
    for (const StatementAnalysis& a : analysis->statements) {
      if (a.statement != nullptr) by_statement[a.statement] = &a;
    }
    for (ParsedStatement& p : ctx.up_statements) {
      auto it = by_statement.find(p.statement);
      if (it != by_statement.end()) p.analysis = it->second;
    }
  } catch (const std::exception&) {
    ctx.analysis = nullptr;  // the rules fall back to the parse tree alone
  }

  Sink sink(&findings);
  auto walk = [&](const parser::Section& section, const parser::SourceText& source,
                  const std::vector<ParsedStatement>& statements, bool up) {
    unsigned mask = up ? kUpSection : kDownSection;
    SectionState state;
    bool transactional = up ? ctx.up_transactional : Transactional(section, statements);
    for (size_t i = 0; i < statements.size(); ++i) {
      StatementContext s;
      s.file = &ctx;
      s.section = &section;
      s.source = &source;
      s.parsed = &statements[i];
      s.index = static_cast<int>(i);
      s.up = up;
      s.transactional = transactional;
      s.state = &state;
      sink.SetStatement(&source, statements[i].statement);
      for (const ActiveRule& a : active) {
        if ((a.rule->info().sections & mask) == 0) continue;
        sink.Bind(a);
        a.rule->Check(s, a.setting->options, sink);
      }
      AdvanceState(statements[i], transactional, &state);
    }
  };
  walk(file.up, file.source, ctx.up_statements, true);
  if (ctx.down != nullptr) walk(*ctx.down, *ctx.down_source, ctx.down_statements, false);
  sink.SetStatement(nullptr, nullptr);
  for (const ActiveRule& a : active) {
    sink.Bind(a);
    a.rule->CheckFile(ctx, a.setting->options, sink);
  }

  const parser::SourceText* undo_source = file.undo ? &file.undo->source : nullptr;
  for (const parser::Diagnostic& d : file.diagnostics) {
    bool keep = false;
    Finding f = FromDiagnostic(d, &file.source, config_, &keep);
    if (keep) findings.push_back(std::move(f));
  }
  if (file.undo) {
    for (const parser::Diagnostic& d : file.undo->diagnostics) {
      bool keep = false;
      Finding f = FromDiagnostic(d, undo_source, config_, &keep);
      if (keep) findings.push_back(std::move(f));
    }
  }

  // Ignore comments, per text.
  std::vector<const parser::Statement*> main_statements;
  for (const auto& st : file.up.statements) main_statements.push_back(&st);
  for (const auto& st : file.down.statements) main_statements.push_back(&st);
  std::sort(
      main_statements.begin(), main_statements.end(),
      [](const parser::Statement* a, const parser::Statement* b) { return a->begin < b->begin; });
  std::vector<IgnoreComment> main_ignores = FindIgnores(file.source, main_statements);
  std::vector<IgnoreComment> undo_ignores;
  if (file.undo) {
    std::vector<const parser::Statement*> undo_statements;
    for (const auto& st : file.undo->down.statements) undo_statements.push_back(&st);
    undo_ignores = FindIgnores(file.undo->source, undo_statements);
  }
  for (Finding& f : findings) {
    bool in_undo = f.source != nullptr ? f.source == undo_source
                                       : (undo_source != nullptr && f.file == undo_source->path());
    std::vector<IgnoreComment>* ignores = in_undo ? &undo_ignores : &main_ignores;
    if (Silences(ignores, f)) {
      ++result.suppressed;
    } else {
      result.findings.push_back(std::move(f));
    }
  }
  ReportUnused(file.source, &main_ignores, config_, &result.findings);
  if (undo_source != nullptr) ReportUnused(*undo_source, &undo_ignores, config_, &result.findings);

  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [&](const Finding& a, const Finding& b) {
                     bool ua = undo_source != nullptr && a.file == undo_source->path();
                     bool ub = undo_source != nullptr && b.file == undo_source->path();
                     if (ua != ub) return ub;
                     if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
                     if (a.pos.column != b.pos.column) return a.pos.column < b.pos.column;
                     return a.rule < b.rule;
                   });
  return result;
}

std::vector<FileResult> Linter::LintAll(const AnalysisSet& set, int threads) const {
  const std::vector<AnalysisSet::Migration>& migrations = set.migrations();
  std::vector<FileResult> results(migrations.size());
  parser::ParallelFor(migrations.size(), threads, [&](size_t i) {
    results[i] = Lint(*migrations[i].file, migrations[i].analysis);
  });
  return results;
}

std::vector<Finding> Linter::FromDiagnostics(
    const std::vector<parser::Diagnostic>& diagnostics) const {
  std::vector<Finding> out;
  for (const parser::Diagnostic& d : diagnostics) {
    bool keep = false;
    Finding f = FromDiagnostic(d, nullptr, config_, &keep);
    if (keep) out.push_back(std::move(f));
  }
  return out;
}

}  // namespace tidemark::analyzer::lint
