// Lint settings from the `lint:` mapping.
#include "analyzer/lint/config.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tidemark::analyzer::lint {
namespace {

using nlohmann::json;

TEST(LintConfig, DefaultsComeFromTheRules) {
  LintConfig c = DefaultConfig();
  EXPECT_EQ(c.setting("ban-drop-table").severity, Severity::kError);
  EXPECT_TRUE(c.setting("ban-drop-table").enabled);
  EXPECT_TRUE(c.setting("volatile-default").options.List("stable_functions").empty());
  EXPECT_EQ(c.pg_version.major, 15);
  EXPECT_FALSE(c.fail_on.has_value());
}

TEST(LintConfig, AppliesSeveritiesOptionsAndDisables) {
  LintConfig c = DefaultConfig();
  std::vector<std::string> errors;
  json lint = json::parse(R"({
    "fail_on": "warning", "pg_version": "14.2", "disable": ["rename-column"],
    "rules": {"ban-drop-table": "info", "rename-table": "off",
              "volatile-default": {"severity": "error", "stable_functions": ["f", "g"]}}})");
  ASSERT_TRUE(ApplyConfig(lint, &c, &errors)) << errors.front();
  EXPECT_EQ(*c.fail_on, Severity::kWarning);
  EXPECT_EQ(c.pg_version.major, 14);
  EXPECT_EQ(c.pg_version.minor, 2);
  EXPECT_FALSE(c.setting("rename-column").enabled);
  EXPECT_FALSE(c.setting("rename-table").enabled);
  EXPECT_EQ(c.setting("ban-drop-table").severity, Severity::kInfo);
  EXPECT_EQ(c.setting("volatile-default").severity, Severity::kError);
  EXPECT_EQ(c.setting("volatile-default").options.List("stable_functions"),
            (std::vector<std::string>{"f", "g"}));
}

TEST(LintConfig, RejectsWhatItDoesNotKnow) {
  for (const char* text :
       {R"({"rules": {"ban-drop-tabel": "off"}})", R"({"rules": {"ban-drop-table": "loud"}})",
        R"({"rules": {"volatile-default": {"stable": ["f"]}}})", R"({"failon": "error"})",
        R"({"pg_version": "new"})", R"({"disable": "ban-drop-table"})", R"([1, 2])"}) {
    LintConfig c = DefaultConfig();
    std::vector<std::string> errors;
    EXPECT_FALSE(ApplyConfig(json::parse(text), &c, &errors)) << text;
    EXPECT_FALSE(errors.empty()) << text;
  }
  LintConfig c = DefaultConfig();
  std::vector<std::string> errors;
  ApplyConfig(json::parse(R"({"rules": {"ban-drop-tabel": "off"}})"), &c, &errors);
  EXPECT_NE(errors.front().find("did you mean ban-drop-table?"), std::string::npos);
}

TEST(LintConfig, ParsesVersionsAndOptionValues) {
  PgVersion v;
  EXPECT_TRUE(ParsePgVersion("16", &v));
  EXPECT_EQ(v.major, 16);
  EXPECT_FALSE(ParsePgVersion("16.x", &v));
  EXPECT_FALSE(ParsePgVersion("3", &v));
  OptionValue o;
  std::string error;
  EXPECT_TRUE(ParseOptionValue(OptionKind::kInt, " 42 ", &o, &error));
  EXPECT_EQ(o.i, 42);
  EXPECT_FALSE(ParseOptionValue(OptionKind::kBool, "maybe", &o, &error));
  EXPECT_TRUE(ParseOptionValue(OptionKind::kList, "a, b,,c", &o, &error));
  EXPECT_EQ(o.list, (std::vector<std::string>{"a", "b", "c"}));
}

}  // namespace
}  // namespace tidemark::analyzer::lint
