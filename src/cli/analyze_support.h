#pragma once

// Shared by `migrate analyze`, `migrate undo` and `migrate generate`: loads
// migration files and analyzes each against the replay of the migrations
// before it in its directory.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "parser/migration.h"

namespace tidemark::cli {

struct AnalyzedMigration {
  const parser::MigrationFile* file = nullptr;
  const analyzer::MigrationAnalysis* analysis = nullptr;
};

class AnalyzedInputs {
 public:
  // Files as given (their directory's earlier migrations are replayed),
  // directories as all their migrations. Problems go to `errors`.
  void Load(const std::vector<std::string>& paths, std::vector<std::string>* errors);
  const std::vector<AnalyzedMigration>& migrations() const { return migrations_; }

 private:
  struct Dir {
    parser::MigrationSet set;
    std::vector<analyzer::MigrationAnalysis> analyses;
  };
  struct Single {
    parser::MigrationFile file;
    analyzer::MigrationAnalysis analysis;
  };
  Dir* LoadDir(const std::string& dir);

  std::map<std::string, std::unique_ptr<Dir>> dirs_;
  std::vector<std::unique_ptr<Single>> singles_;
  std::vector<AnalyzedMigration> migrations_;
};

// The Down section as tidemark writes it: marker line and body. A Down with
// a part that could not be generated is written `-- +migrate Down
// irreversible`, with the reasons and the generated parts as comments.
std::string DownSectionText(const analyzer::MigrationAnalysis& analysis);

}  // namespace tidemark::cli
