#pragma once

// The golden cases of tests/golden/lint/<rule-id>/: every *.sql file (its
// _undo.sql sibling goes with it) and every folder is one case, linted with
// the gcc reporter; <case>.expected holds the exit code and the output, and
// an optional <case>.yml is the config file for that case.

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "lint/lint_helpers.h"

namespace tidemark::testing {

struct GoldenCase {
  std::string rule;  // the folder: a rule id
  std::string name;  // file or folder name without .sql
  std::filesystem::path input;
  std::filesystem::path expected;
  std::filesystem::path config;
  bool failing() const { return name.rfind("fail", 0) == 0; }
  bool passing() const { return name.rfind("pass", 0) == 0; }
};

inline bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

inline std::vector<GoldenCase> ListGoldenCases() {
  namespace fs = std::filesystem;
  std::vector<GoldenCase> cases;
  std::error_code ec;
  for (const auto& rule_dir : fs::directory_iterator(LintGoldenDir(), ec)) {
    if (!rule_dir.is_directory() || rule_dir.path().filename() == "reporters") continue;
    for (const auto& entry : fs::directory_iterator(rule_dir.path())) {
      std::string file = entry.path().filename().string();
      GoldenCase c;
      c.rule = rule_dir.path().filename().string();
      if (entry.is_directory()) {
        c.name = file;
      } else if (EndsWith(file, ".sql") && !EndsWith(file, "_undo.sql")) {
        c.name = file.substr(0, file.size() - 4);
      } else {
        continue;
      }
      c.input = entry.path();
      c.expected = rule_dir.path() / (c.name + ".expected");
      c.config = rule_dir.path() / (c.name + ".yml");
      if (!fs::exists(c.config)) c.config = LintGoldenDir() / "default.yml";
      cases.push_back(std::move(c));
    }
  }
  std::sort(cases.begin(), cases.end(), [](const GoldenCase& a, const GoldenCase& b) {
    return a.rule != b.rule ? a.rule < b.rule : a.name < b.name;
  });
  return cases;
}

// "exit: N", then stdout, then stderr lines marked "stderr: "; paths are
// relative to the rule's folder.
inline std::string RunGoldenCase(const GoldenCase& c) {
  CliResult r = RunCli({"--config", c.config.string(), "--color", "never", "lint", "--reporter",
                        "gcc", c.input.string()});
  std::string text = "exit: " + std::to_string(r.exit_code) + "\n" + r.out;
  std::string err = r.err;
  size_t start = 0;
  while (start < err.size()) {
    size_t end = err.find('\n', start);
    if (end == std::string::npos) end = err.size();
    text += "stderr: " + err.substr(start, end - start) + "\n";
    start = end + 1;
  }
  ReplaceAll(&text, c.input.parent_path().string() + "/", "");
  return text;
}

}  // namespace tidemark::testing
