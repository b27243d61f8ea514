#include "parser/inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

#include "parser/parallel.h"

namespace tidemark::parser {
namespace {

namespace fs = std::filesystem;

// The migration an undo file belongs to, or "" when there is none.
std::string ForwardOf(const fs::path& undo) {
  std::string name = undo.filename().string();
  const std::string suffix = "_undo.sql";
  if (name.size() <= suffix.size()) return "";
  fs::path forward = undo;
  forward.replace_filename(name.substr(0, name.size() - suffix.size()) + ".sql");
  std::error_code ec;
  return fs::is_regular_file(forward, ec) ? forward.string() : "";
}

bool IsUndoName(const fs::path& path) {
  std::optional<MigrationName> name = ParseMigrationName(path.filename().string());
  return name && name->is_undo;
}

std::string DirKey(const fs::path& dir) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(dir, ec);
  return ec ? dir.lexically_normal().string() : canonical.string();
}

std::string ParentOf(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path().string() : ".";
}

// What one path asks for: a whole directory, or one file.
struct Request {
  std::string path;
  bool directory = false;
};

}  // namespace

Inputs::Inputs(const std::vector<std::string>& paths, const InputOptions& options) {
  std::vector<Request> requests;
  std::set<std::string> seen;
  auto once = [&](const std::string& path) {
    return seen.insert(fs::path(path).lexically_normal().string()).second;
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      requests.push_back({path, true});
    } else if (!fs::exists(path, ec)) {
      errors_.push_back(
          Diagnostic{path, Position{}, Severity::kError, "io-error", "no such file or directory"});
    } else if (IsUndoName(path)) {
      std::string forward = ForwardOf(path);
      if (forward.empty()) {
        diagnostics_.push_back(
            Diagnostic{path, Position{}, Severity::kWarning, "orphan-undo-file",
                       "no migration of the same name for this undo file; it is ignored"});
      } else {
        requests.push_back({forward, false});
      }
    } else {
      requests.push_back({path, false});
    }
  }

  // Directories given whole are read whole; a file's directory only up to
  // the newest version asked for in it.
  std::map<std::string, std::string> whole;                        // key -> path as given
  std::map<std::string, std::pair<std::string, Version>> partial;  // key -> path, newest
  for (const Request& r : requests) {
    if (r.directory) {
      whole.emplace(DirKey(r.path), r.path);
      continue;
    }
    if (!options.with_history) continue;
    std::optional<MigrationName> name = ParseMigrationName(fs::path(r.path).filename().string());
    if (!name) continue;
    std::string parent = ParentOf(r.path);
    auto [it, added] = partial.emplace(DirKey(parent), std::make_pair(parent, name->version));
    if (!added && it->second.second < name->version) it->second.second = name->version;
  }
  for (const auto& [key, path] : whole) {
    auto set = std::make_unique<MigrationSet>(LoadDirectory(path, {options.threads, {}}));
    dirs_.emplace(key, std::move(set));
  }
  for (const auto& [key, wanted] : partial) {
    if (dirs_.count(key) != 0) continue;
    LoadOptions load{options.threads, wanted.second};
    dirs_.emplace(key, std::make_unique<MigrationSet>(LoadDirectory(wanted.first, load)));
  }

  // Files given by name, read in parallel.
  std::vector<const Request*> singles;
  for (const Request& r : requests) {
    if (!r.directory) singles.push_back(&r);
  }
  std::vector<MigrationFile> read(singles.size());
  ParallelFor(singles.size(), options.threads,
              [&](size_t i) { read[i] = LoadMigrationFile(singles[i]->path); });

  size_t next_single = 0;
  for (const Request& r : requests) {
    if (r.directory) {
      const MigrationSet& set = *dirs_.at(DirKey(r.path));
      for (const Diagnostic& d : set.diagnostics) {
        if (d.code == "io-error") {
          errors_.push_back(d);
        } else {
          diagnostics_.push_back(d);
        }
      }
      for (size_t i = 0; i < set.migrations.size(); ++i) {
        if (once(set.migrations[i].path())) entries_.push_back({&set.migrations[i], &set, i});
      }
      continue;
    }
    MigrationFile& file = read[next_single++];
    if (!once(r.path)) continue;
    auto io = std::find_if(file.diagnostics.begin(), file.diagnostics.end(),
                           [](const Diagnostic& d) { return d.code == "io-error"; });
    if (io != file.diagnostics.end()) {
      errors_.push_back(*io);
      continue;
    }
    files_.push_back(std::move(file));
    Entry entry{&files_.back(), nullptr, 0};
    auto dir = dirs_.find(DirKey(ParentOf(r.path)));
    if (dir != dirs_.end() && (options.with_history || whole.count(dir->first) != 0)) {
      const std::vector<MigrationFile>& migrations = dir->second->migrations;
      for (size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].filename == entry.file->filename) {
          entry.dir = dir->second.get();
          entry.index = i;
          break;
        }
      }
    }
    entries_.push_back(entry);
  }
}

std::string PathError(const Diagnostic& error) {
  return fmt::format("{}: {}", error.file, error.message);
}

}  // namespace tidemark::parser
