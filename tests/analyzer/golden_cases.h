#pragma once

// Golden reversal cases: tests/golden/analyzer/*.sql. Each file holds
//   -- history      SQL run before (earlier migrations)
//   -- up           the Up statements analysed
//   -- expected     what the analyzer says: class, reason, Down (generated;
//                   rewritten when TIDEMARK_UPDATE_GOLDEN=1)

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"
#include "parser/migration.h"

namespace tidemark::analyzer::testing {

struct GoldenCase {
  std::string name;
  std::filesystem::path path;
  std::string history;
  std::string up;
  std::string expected;
  std::string head;  // the file up to and including the "-- expected" line
};

inline std::filesystem::path GoldenDir() {
  return std::filesystem::path(TIDEMARK_SOURCE_DIR) / "tests" / "golden" / "analyzer";
}

inline GoldenCase ReadGoldenCase(const std::filesystem::path& path) {
  GoldenCase c;
  c.path = path;
  c.name = path.stem().string();
  std::ifstream in(path);
  std::string line;
  std::string* target = nullptr;
  bool in_expected = false;
  while (std::getline(in, line)) {
    if (!in_expected) c.head += line + "\n";
    if (line == "-- history") {
      target = &c.history;
    } else if (line == "-- up") {
      target = &c.up;
    } else if (line == "-- expected") {
      target = &c.expected;
      in_expected = true;
    } else if (target != nullptr) {
      *target += line + "\n";
    }
  }
  return c;
}

inline std::vector<std::string> GoldenCaseNames() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(GoldenDir())) {
    if (e.path().extension() == ".sql") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

struct AnalyzedCase {
  parser::MigrationFile history;
  parser::MigrationFile up;
  MigrationAnalysis analysis;
};

inline void AnalyzeCase(const GoldenCase& c, AnalyzedCase* out) {
  out->history = parser::ParseMigration("0001_history.sql", "-- +migrate Up\n" + c.history);
  out->up = parser::ParseMigration("0002_up.sql", "-- +migrate Up\n" + c.up);
  Catalog catalog = ReplayHistory({out->history}, 1);
  out->analysis = AnalyzeMigration(out->up, catalog);
}

// What the golden file's expected section holds.
inline std::string RenderCase(const MigrationAnalysis& a) {
  std::ostringstream out;
  for (const auto& s : a.statements) {
    out << "-- " << ReversibilityName(s.reversibility) << ": " << s.reason << "\n";
    out << "--   lock " << LockModeName(s.lock.lock) << (s.lock.rewrites ? ", rewrites" : "")
        << (s.lock.scans ? ", scans" : "") << "\n";
  }
  out << "-- class: " << ReversibilityName(a.worst) << "\n";
  if (DownNeedsNoTransaction(a.down)) out << "-- down notransaction\n";
  out << RenderDown(a.down);
  return out.str();
}

}  // namespace tidemark::analyzer::testing
