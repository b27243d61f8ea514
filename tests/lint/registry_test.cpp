// The meta-test: every registered rule has a well-formed id, its doc page,
// and golden cases that fail and pass; nothing stale is left behind.
#include "analyzer/lint/registry.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "analyzer/lint/config.h"
#include "lint/golden_cases.h"

namespace tidemark::testing {
namespace {

namespace fs = std::filesystem;
namespace lint = analyzer::lint;

fs::path DocsDir() { return fs::path(TIDEMARK_SOURCE_DIR) / "docs" / "rules"; }

TEST(LintRegistry, HasAtLeastThirtyRulesOfEveryFamily) {
  const auto& rules = lint::AllRules();
  EXPECT_GE(rules.size(), 30u);
  std::set<lint::Family> families;
  for (const lint::Rule* r : rules) families.insert(r->info().family);
  EXPECT_EQ(families.size(), 5u);
}

TEST(LintRegistry, IdsAreKebabCaseAndUnique) {
  std::regex kebab("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
  std::set<std::string> seen;
  for (const lint::Rule* r : lint::AllRules()) {
    EXPECT_TRUE(std::regex_match(r->id(), kebab)) << r->id();
    EXPECT_TRUE(seen.insert(r->id()).second) << "duplicate id " << r->id();
    for (const std::string& alias : r->info().aliases) {
      EXPECT_TRUE(seen.insert(alias).second) << "alias clashes: " << alias;
    }
    EXPECT_FALSE(r->info().summary.empty()) << r->id();
    EXPECT_FALSE(r->info().help.empty()) << r->id();
    EXPECT_EQ(lint::FindRule(r->id()), r);
  }
}

TEST(LintRegistry, OptionDefaultsParse) {
  for (const lint::Rule* r : lint::AllRules()) {
    EXPECT_NO_THROW(lint::RuleOptions options(r->info())) << r->id();
  }
}

TEST(LintRegistry, EveryRuleHasItsDocPage) {
  for (const lint::Rule* r : lint::AllRules()) {
    fs::path page = DocsDir() / (r->id() + ".md");
    ASSERT_TRUE(fs::exists(page)) << "missing " << page;
    std::string text = ReadText(page);
    EXPECT_NE(text.find("# " + r->id()), std::string::npos) << page << ": title";
    for (const char* heading : {"## Problem", "## Why", "## Safe alternative", "## Example"}) {
      EXPECT_NE(text.find(heading), std::string::npos) << page << " lacks " << heading;
    }
    for (const lint::OptionSpec& o : r->info().options) {
      EXPECT_NE(text.find(o.name), std::string::npos) << page << " does not document " << o.name;
    }
  }
}

TEST(LintRegistry, NoDocPageWithoutItsRule) {
  for (const auto& entry : fs::directory_iterator(DocsDir())) {
    if (entry.path().extension() != ".md") continue;
    std::string id = entry.path().stem().string();
    EXPECT_NE(lint::FindRule(id), nullptr) << entry.path() << " documents no registered rule";
  }
}

TEST(LintRegistry, EveryRuleHasFailingAndPassingGoldenCases) {
  std::vector<GoldenCase> cases = ListGoldenCases();
  for (const lint::Rule* r : lint::AllRules()) {
    const std::string tag = "[" + r->id() + "]";
    int failing = 0;
    int passing = 0;
    for (const GoldenCase& c : cases) {
      if (c.rule != r->id() || !fs::exists(c.expected)) continue;
      std::string expected = ReadText(c.expected);
      if (c.failing()) {
        EXPECT_NE(expected.find(tag), std::string::npos)
            << c.expected << ": a failing case that does not trigger " << r->id();
        ++failing;
      } else if (c.passing()) {
        EXPECT_EQ(expected.find(tag), std::string::npos)
            << c.expected << ": a passing case that triggers " << r->id();
        ++passing;
      }
    }
    EXPECT_GE(failing, 1) << r->id() << " has no fail_* golden case";
    EXPECT_GE(passing, 1) << r->id() << " has no pass_* golden case";
  }
}

TEST(LintRegistry, GoldenFoldersAreRules) {
  for (const auto& entry : fs::directory_iterator(LintGoldenDir())) {
    if (!entry.is_directory() || entry.path().filename() == "reporters") continue;
    EXPECT_NE(lint::FindRule(entry.path().filename().string()), nullptr)
        << entry.path() << " is named after no registered rule";
  }
  for (const GoldenCase& c : ListGoldenCases()) {
    EXPECT_TRUE(c.failing() || c.passing()) << c.input << ": name cases fail_* or pass_*";
  }
}

}  // namespace
}  // namespace tidemark::testing
