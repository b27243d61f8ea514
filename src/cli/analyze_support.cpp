#include "cli/analyze_support.h"

#include <filesystem>

namespace tidemark::cli {

namespace fs = std::filesystem;

AnalyzedInputs::Dir* AnalyzedInputs::LoadDir(const std::string& dir) {
  std::string key = fs::weakly_canonical(fs::path(dir)).string();
  auto it = dirs_.find(key);
  if (it != dirs_.end()) return it->second.get();
  auto d = std::make_unique<Dir>();
  d->set = parser::LoadDirectory(dir);
  d->analyses = analyzer::AnalyzeSequence(d->set.migrations);
  Dir* out = d.get();
  dirs_[key] = std::move(d);
  return out;
}

void AnalyzedInputs::Load(const std::vector<std::string>& paths, std::vector<std::string>* errors) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      Dir* d = LoadDir(path);
      for (size_t i = 0; i < d->set.migrations.size(); ++i) {
        migrations_.push_back({&d->set.migrations[i], &d->analyses[i]});
      }
      continue;
    }
    if (!fs::exists(path, ec)) {
      errors->push_back(path + ": no such file");
      continue;
    }
    fs::path p(path);
    std::string parent = p.has_parent_path() ? p.parent_path().string() : ".";
    Dir* d = LoadDir(parent);
    bool found = false;
    for (size_t i = 0; i < d->set.migrations.size(); ++i) {
      if (d->set.migrations[i].filename == p.filename().string()) {
        migrations_.push_back({&d->set.migrations[i], &d->analyses[i]});
        found = true;
        break;
      }
    }
    if (found) continue;
    // Not a versioned migration of that directory: analyzed on its own.
    auto s = std::make_unique<Single>();
    s->file = parser::LoadMigrationFile(p);
    s->analysis = analyzer::AnalyzeMigration(s->file);
    s->analysis.file = &s->file;
    migrations_.push_back({&s->file, &s->analysis});
    singles_.push_back(std::move(s));
  }
}

std::string DownSectionText(const analyzer::MigrationAnalysis& analysis) {
  if (analyzer::DownComplete(analysis.down)) {
    std::string out = "-- +migrate Down";
    if (analyzer::DownNeedsNoTransaction(analysis.down)) out += " notransaction";
    out += "\n";
    out += analyzer::RenderDown(analysis.down);
    return out;
  }
  // A Down with a gap is never offered as one: rollback would run its half
  // and report the migration undone. Mark it one-way, say why, and keep the
  // parts that could be generated as comments to start a hand-written Down.
  std::string out =
      "-- +migrate Down irreversible\n"
      "-- tidemark: marked irreversible because part of the Down could not be generated; write "
      "the Down by hand and remove \"irreversible\" if the migration can be undone\n";
  for (const auto& p : analysis.down) {
    if (!p.comment.empty()) out += "-- tidemark: " + p.comment + "\n";
    if (!p.generated || p.sql.empty()) continue;
    std::string sql = p.sql + ";";
    size_t start = 0;
    while (start <= sql.size()) {
      size_t end = sql.find('\n', start);
      if (end == std::string::npos) end = sql.size();
      out += "-- " + sql.substr(start, end - start) + "\n";
      start = end + 1;
    }
  }
  return out;
}

}  // namespace tidemark::cli
