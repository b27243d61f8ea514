// The five reporters on one sample (golden files under
// tests/golden/lint/reporters/), and the properties each format promises.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "lint/lint_helpers.h"

namespace tidemark::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path ReportersDir() { return LintGoldenDir() / "reporters"; }

std::string RunReporter(const std::string& reporter, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args{"--config", (LintGoldenDir() / "default.yml").string()};
  args.insert(args.end(), extra.begin(), extra.end());
  for (const std::string& a : {std::string("lint"), std::string("--reporter"), reporter,
                               (ReportersDir() / "sample.sql").string()}) {
    args.push_back(a);
  }
  CliResult r = RunCli(args);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::string out = r.out;
  ReplaceAll(&out, ReportersDir().string() + "/", "");
  return out;
}

TEST(LintReporters, HumanGolden) {
  ExpectGolden(ReportersDir() / "sample.human", RunReporter("human", {"--color", "never"}));
}

TEST(LintReporters, HumanColourGolden) {
  ExpectGolden(ReportersDir() / "sample.human-color", RunReporter("human", {"--color", "always"}));
}

TEST(LintReporters, GccGolden) { ExpectGolden(ReportersDir() / "sample.gcc", RunReporter("gcc")); }
TEST(LintReporters, JsonGolden) {
  ExpectGolden(ReportersDir() / "sample.json", RunReporter("json"));
}
TEST(LintReporters, SarifGolden) {
  ExpectGolden(ReportersDir() / "sample.sarif", RunReporter("sarif"));
}
TEST(LintReporters, GithubGolden) {
  ExpectGolden(ReportersDir() / "sample.github", RunReporter("github"));
}

TEST(LintReporters, NoColourWithNoColorSet) {
  setenv("NO_COLOR", "1", 1);
  std::string out = RunReporter("human", {"--color", "auto"});
  unsetenv("NO_COLOR");
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_NE(RunReporter("human", {"--color", "always"}).find("\x1b["), std::string::npos);
}

TEST(LintReporters, HumanHasLocationCaretAndHelp) {
  std::string out = RunReporter("human", {"--color", "never"});
  EXPECT_NE(out.find("sample.sql:5:42: warning: "), std::string::npos) << out;
  EXPECT_NE(out.find("= help: "), std::string::npos);
  EXPECT_NE(out.find("^~~"), std::string::npos);
}

TEST(LintReporters, JsonFollowsItsSchema) {
  json doc = json::parse(RunReporter("json"));
  EXPECT_EQ(doc["schema"], "tidemark.lint/1");
  ASSERT_TRUE(doc["findings"].is_array());
  ASSERT_FALSE(doc["findings"].empty());
  for (const json& f : doc["findings"]) {
    for (const char* key : {"rule", "severity", "family", "file", "line", "column", "end_line",
                            "end_column", "message", "help", "doc"}) {
      EXPECT_TRUE(f.contains(key)) << key;
    }
    EXPECT_GE(f["line"].get<int>(), 1);
    EXPECT_GE(f["column"].get<int>(), 1);
    EXPECT_GE(f["end_line"].get<int>(), f["line"].get<int>());
  }
  EXPECT_EQ(doc["summary"]["suppressed"], 1);
  EXPECT_TRUE(doc["summary"]["failed"].get<bool>());
}

// The properties the SARIF 2.1.0 schema requires of what we emit.
TEST(LintReporters, SarifHasWhatTheSchemaRequires) {
  json doc = json::parse(RunReporter("sarif"));
  EXPECT_EQ(doc["version"], "2.1.0");
  ASSERT_EQ(doc["runs"].size(), 1u);
  const json& run = doc["runs"][0];
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "tidemark");
  const json& rules = driver["rules"];
  for (const json& rule : rules) {
    EXPECT_TRUE(rule["id"].is_string());
    EXPECT_TRUE(rule["shortDescription"]["text"].is_string());
    std::string level = rule["defaultConfiguration"]["level"];
    EXPECT_TRUE(level == "error" || level == "warning" || level == "note") << level;
  }
  ASSERT_FALSE(run["results"].empty());
  for (const json& result : run["results"]) {
    EXPECT_TRUE(result["message"]["text"].is_string());
    int index = result["ruleIndex"];
    ASSERT_GE(index, 0);
    ASSERT_LT(static_cast<size_t>(index), rules.size());
    EXPECT_EQ(rules[index]["id"], result["ruleId"]);
    std::string level = result["level"];
    EXPECT_TRUE(level == "error" || level == "warning" || level == "note") << level;
    const json& region = result["locations"][0]["physicalLocation"]["region"];
    EXPECT_GE(region["startLine"].get<int>(), 1);
    EXPECT_GE(region["startColumn"].get<int>(), 1);
    EXPECT_GT(region["endColumn"].get<int>() + 1000 * region["endLine"].get<int>(),
              region["startColumn"].get<int>() + 1000 * region["startLine"].get<int>());
    std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_EQ(uri.find(' '), std::string::npos);
  }
}

TEST(LintReporters, GithubEscapesDataAndProperties) {
  std::string out = RunReporter("github");
  EXPECT_NE(out.find("::error file="), std::string::npos);
  EXPECT_NE(out.find("%0Ahelp: "), std::string::npos);  // the help line, newline escaped
  for (size_t pos = 0; (pos = out.find('\n', pos)) != std::string::npos; ++pos) {
    if (pos + 1 < out.size()) EXPECT_EQ(out.substr(pos + 1, 2), "::");
  }
}

}  // namespace
}  // namespace tidemark::testing
