#pragma once

// Reporters for `tidemark lint`: human, gcc, json, sarif, github, gitlab. Each takes
// the whole run and writes it to stdout. Positions are 1-based in all.

#include <iosfwd>
#include <string>
#include <vector>

#include "analyzer/lint/engine.h"

namespace tidemark::cli {

struct Context;

// The lint settings: the config file's `lint:` key over the defaults. Errors
// in it go to `errors`, without the config file's name.
analyzer::lint::LintConfig ConfiguredLint(const Context& ctx, std::vector<std::string>* errors);

struct LintRun {
  std::vector<analyzer::lint::FileResult> files;         // in input order
  std::vector<analyzer::lint::Finding> folder_findings;  // duplicate versions, orphans, ...
  const analyzer::lint::LintConfig* config = nullptr;
  parser::Severity fail_on = parser::Severity::kError;
  int statements = 0;
  int suppressed = 0;

  // Every finding in output order: folder findings, then file by file.
  std::vector<const analyzer::lint::Finding*> Findings() const;
  bool Failed() const;  // a finding at or above fail_on
};

// "file:line:col: severity: message [rule]", the statement's line with a
// caret under the spot, and a help line; a summary at the end unless quiet.
void ReportHuman(std::ostream& out, const LintRun& run, bool color, bool quiet);
// One line per finding, as GCC prints diagnostics (info is "note").
void ReportGcc(std::ostream& out, const LintRun& run);
// The documented JSON document (schema "tidemark.lint/1", docs/lint.md).
void ReportJson(std::ostream& out, const LintRun& run);
// SARIF 2.1.0, for code scanning.
void ReportSarif(std::ostream& out, const LintRun& run);
// GitHub Actions workflow commands (::error file=...::message).
void ReportGithub(std::ostream& out, const LintRun& run);
// GitLab Code Quality: a JSON array of issues with a fingerprint that stays
// the same while the statement does, wherever it moves in the file.
void ReportGitlab(std::ostream& out, const LintRun& run);

// How the human reporter prints: colour, and the summary left out.
struct ReportStyle {
  bool color = false;
  bool quiet = false;
};

// Every reporter by its --reporter name, in the order --help lists them.
struct LintReporter {
  const char* name;
  void (*write)(std::ostream& out, const LintRun& run, const ReportStyle& style);
};
const std::vector<LintReporter>& LintReporters();

// Version string written into machine formats.
const char* LintToolVersion();

}  // namespace tidemark::cli
