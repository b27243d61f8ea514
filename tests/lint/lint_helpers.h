#pragma once

// Helpers for the lint tests: run the CLI in-process, compare with golden
// files (rewritten when TIDEMARK_UPDATE_GOLDEN=1).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace tidemark::testing {

struct CliResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};

inline CliResult RunCli(const std::vector<std::string>& args) {
  std::vector<const char*> argv{"tidemark"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out;
  std::ostringstream err;
  CliResult r;
  r.exit_code = cli::Main(static_cast<int>(argv.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

inline std::filesystem::path LintGoldenDir() {
  return std::filesystem::path(TIDEMARK_SOURCE_DIR) / "tests" / "golden" / "lint";
}

inline std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (size_t pos = text->find(from); pos != std::string::npos; pos = text->find(from, pos)) {
    text->replace(pos, from.size(), to);
    pos += to.size();
  }
}

inline bool UpdatingGolden() {
  const char* v = std::getenv("TIDEMARK_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) == "1";
}

// Compares `actual` with the file; rewrites it instead when asked to.
inline void ExpectGolden(const std::filesystem::path& expected_path, const std::string& actual) {
  if (UpdatingGolden()) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_path))
      << expected_path << " is missing; run with TIDEMARK_UPDATE_GOLDEN=1 and review it";
  EXPECT_EQ(ReadText(expected_path), actual)
      << "golden mismatch for " << expected_path
      << " (TIDEMARK_UPDATE_GOLDEN=1 rewrites it; review the diff)";
}

}  // namespace tidemark::testing
