// The six reporters on one sample (golden files under
// tests/golden/lint/reporters/), and the properties each format promises.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "lint/lint_helpers.h"
#include "support/tidemark_process.h"

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

TEST(LintReporters, GitlabGolden) {
  // A fingerprint hashes the path as given, here the checkout's absolute
  // path: the golden holds a placeholder; uniqueness and stability are
  // checked below.
  std::string out =
      std::regex_replace(RunReporter("gitlab"), std::regex(R"("fingerprint": "[0-9a-f]{64}")"),
                         R"("fingerprint": "SHA-256")");
  ExpectGolden(ReportersDir() / "sample.gitlab", out);
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

// Lints the migrations folder `dir` with one reporter.
CliResult LintFolder(const fs::path& dir, const std::string& reporter) {
  return RunCli({"--config", (LintGoldenDir() / "default.yml").string(), "lint", "--reporter",
                 reporter, dir.string()});
}

// A finding whose path and message hold every character the workflow
// commands escape: %, CR, LF, ':' and ','.
const char* kAwkwardMigration =
    "-- +migrate Up\nALTER TABLE t DROP COLUMN \"100%, a:b\";\nDROP TABLE \"x\ny\";\n";

// GitHub's workflow command: ::command prop=value,prop=value::data, where a
// value escapes %, CR, LF, ':' and ',' (as %25, %0D, %0A, %3A, %2C) and the
// data %, CR and LF. Decoded, each line is the JSON reporter's finding.
TEST(LintReporters, GithubAnnotationsFollowTheWorkflowCommandFormat) {
  TempDir dir;
  dir.Write("a,b:c%d/0001_awkward.sql", kAwkwardMigration);
  CliResult github = LintFolder(dir.path() / "a,b:c%d", "github");
  CliResult json_run = LintFolder(dir.path() / "a,b:c%d", "json");
  ASSERT_EQ(github.exit_code, 1) << github.err;
  json findings = json::parse(json_run.out)["findings"];
  ASSERT_GE(findings.size(), 2u);

  const std::regex command(R"(^::(error|warning|notice) ([^:]*)::(.*)$)");
  const std::regex property(R"(^(file|line|endLine|col|endColumn|title)=(.*)$)");
  const std::regex escaped_value(R"(^([^%\r\n:,]|%25|%0D|%0A|%3A|%2C)*$)");
  const std::regex escaped_data(R"(^([^%\r\n]|%25|%0D|%0A)*$)");
  auto decode = [](std::string text) {
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}}) {
      ReplaceAll(&text, from, to);
    }
    return text;
  };
  std::istringstream lines(github.out);
  size_t i = 0;
  for (std::string line; std::getline(lines, line); ++i) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(line, m, command)) << line;
    ASSERT_LT(i, findings.size());
    const json& f = findings[i];
    std::string level = f["severity"] == "info" ? "notice" : f["severity"].get<std::string>();
    EXPECT_EQ(m[1], level);
    std::string data = m[3];
    EXPECT_TRUE(std::regex_match(data, escaped_data)) << data;
    EXPECT_EQ(decode(data),
              f["message"].get<std::string>() + "\nhelp: " + f["help"].get<std::string>());
    std::map<std::string, std::string> props;
    std::string list = m[2];
    for (size_t start = 0; start <= list.size();) {
      size_t comma = std::min(list.find(',', start), list.size());
      std::smatch p;
      std::string item = list.substr(start, comma - start);
      ASSERT_TRUE(std::regex_match(item, p, property)) << item;
      EXPECT_TRUE(std::regex_match(p[2].str(), escaped_value)) << item;
      props[p[1]] = decode(p[2]);
      start = comma + 1;
    }
    EXPECT_EQ(props["file"], f["file"]);
    EXPECT_EQ(props["line"], std::to_string(f["line"].get<int>()));
    EXPECT_EQ(props["title"], "tidemark " + f["rule"].get<std::string>());
    if (f["line"] == f["end_line"]) {
      EXPECT_EQ(props["col"], std::to_string(f["column"].get<int>()));
      EXPECT_EQ(props["endColumn"], std::to_string(f["end_column"].get<int>()));
    } else {
      EXPECT_EQ(props["endLine"], std::to_string(f["end_line"].get<int>()));
    }
  }
  EXPECT_EQ(i, findings.size());
  // The awkward characters were there to escape.
  EXPECT_NE(github.out.find("a%2Cb%3Ac%25d"), std::string::npos) << github.out;
  EXPECT_NE(github.out.find("100%25, a:b"), std::string::npos) << github.out;
}

// GitLab's Code Quality report: an array of issues, each with description,
// check_name, fingerprint, severity (info, minor, major, critical, blocker)
// and location.path with location.lines.begin.
void ExpectCodeQualityIssues(const json& doc) {
  ASSERT_TRUE(doc.is_array());
  const std::set<std::string> severities{"info", "minor", "major", "critical", "blocker"};
  for (const json& issue : doc) {
    EXPECT_TRUE(issue["description"].is_string());
    EXPECT_TRUE(issue["check_name"].is_string());
    EXPECT_TRUE(issue["fingerprint"].is_string());
    EXPECT_EQ(severities.count(issue["severity"].get<std::string>()), 1u) << issue;
    EXPECT_TRUE(issue["location"]["path"].is_string());
    EXPECT_GE(issue["location"]["lines"]["begin"].get<int>(), 1);
  }
}

std::vector<std::string> Fingerprints(const json& doc) {
  std::vector<std::string> out;
  for (const json& issue : doc) out.push_back(issue["fingerprint"]);
  return out;
}

TEST(LintReporters, GitlabIssuesMatchTheFindings) {
  json doc = json::parse(RunReporter("gitlab"));
  ExpectCodeQualityIssues(doc);
  json findings = json::parse(RunReporter("json"))["findings"];
  ASSERT_EQ(doc.size(), findings.size());
  const std::map<std::string, std::string> severity{
      {"error", "major"}, {"warning", "minor"}, {"info", "info"}};
  for (size_t i = 0; i < doc.size(); ++i) {
    EXPECT_EQ(doc[i]["check_name"], findings[i]["rule"]);
    EXPECT_EQ(doc[i]["severity"], severity.at(findings[i]["severity"]));
    EXPECT_EQ(doc[i]["location"]["path"], findings[i]["file"]);
    EXPECT_EQ(doc[i]["location"]["lines"]["begin"], findings[i]["line"]);
    EXPECT_EQ(doc[i]["description"].get<std::string>().rfind(findings[i]["message"], 0), 0u);
  }
}

// A fingerprint names one finding: unique in a report, and the same when
// the statement moves down the file or the report is made again.
TEST(LintReporters, GitlabFingerprintsAreUniqueAndStable) {
  TempDir dir;
  const std::string up =
      "ALTER TABLE t DROP COLUMN a;\nDROP TABLE u;\nALTER TABLE t DROP COLUMN a;\n";
  dir.Write("0001_a.sql", "-- +migrate Up\n" + up);
  dir.Write("0002_b.sql", "-- +migrate Up\n" + up);
  json first = json::parse(LintFolder(dir.path(), "gitlab").out);
  ExpectCodeQualityIssues(first);
  std::vector<std::string> prints = Fingerprints(first);
  ASSERT_GE(prints.size(), 6u);
  EXPECT_EQ(std::set<std::string>(prints.begin(), prints.end()).size(), prints.size());
  EXPECT_EQ(Fingerprints(json::parse(LintFolder(dir.path(), "gitlab").out)), prints);

  dir.Write("0001_a.sql", "-- +migrate Up\n-- a comment\n\n\n" + up);
  json moved = json::parse(LintFolder(dir.path(), "gitlab").out);
  std::vector<std::string> moved_prints = Fingerprints(moved);
  EXPECT_EQ(std::multiset<std::string>(moved_prints.begin(), moved_prints.end()),
            std::multiset<std::string>(prints.begin(), prints.end()));
  // The first DROP COLUMN is three lines further down.
  auto drop_line = [](const json& doc) {
    for (const json& issue : doc) {
      if (issue["check_name"] == "ban-drop-column")
        return issue["location"]["lines"]["begin"].get<int>();
    }
    return 0;
  };
  EXPECT_EQ(drop_line(moved), drop_line(first) + 3);
}

}  // namespace
}  // namespace tidemark::testing
