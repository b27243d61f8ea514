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
  std::string out = "-- +migrate Down";
  if (analyzer::DownNeedsNoTransaction(analysis.down)) out += " notransaction";
  out += "\n";
  out += analyzer::RenderDown(analysis.down);
  return out;
}

}  // namespace tidemark::cli
