#pragma once

// The one loader of the paths a command is given: directories as all their
// migrations in version order, files as given (an _undo.sql file stands for
// its migration), each file with the directory it belongs to so that the
// migrations before it can be replayed as its history. Paths named twice
// are read once.

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "parser/migration.h"

namespace tidemark::parser {

struct InputOptions {
  int threads = 0;            // files read in parallel (0: one per core)
  bool with_history = false;  // also read the earlier migrations of a file's directory
};

class Inputs {
 public:
  struct Entry {
    const MigrationFile* file = nullptr;  // as read from the path given
    // The directory the file is a migration of (for its history), and the
    // file's place among its migrations; nullptr when it stands alone.
    const MigrationSet* dir = nullptr;
    size_t index = 0;
  };

  Inputs(const std::vector<std::string>& paths, const InputOptions& options);
  Inputs(const Inputs&) = delete;
  Inputs& operator=(const Inputs&) = delete;

  const std::vector<Entry>& entries() const { return entries_; }
  // Directory-level diagnostics (duplicate versions, unversioned files,
  // orphan undo files) of the directories and undo files given.
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  // An io-error for each path that could not be read (see PathError).
  const std::vector<Diagnostic>& errors() const { return errors_; }

 private:
  std::map<std::string, std::unique_ptr<MigrationSet>> dirs_;  // by canonical path
  std::deque<MigrationFile> files_;                            // files given by name
  std::vector<Entry> entries_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<Diagnostic> errors_;
};

// "PATH: message": how a command reports a path it could not read.
std::string PathError(const Diagnostic& error);

}  // namespace tidemark::parser
