// `tidemark init`: the config it writes holds every known key at its
// default and loads back cleanly; an existing config is kept unless --force.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "analyzer/lint/registry.h"
#include "cli/config.h"
#include "cli/context.h"
#include "cli/exit_codes.h"
#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using tidemark::testing::ProcessResult;
using tidemark::testing::ReadWholeFile;
using tidemark::testing::RunTidemark;
using tidemark::testing::TempDir;

class InitTest : public ::testing::Test {
 protected:
  // The real binary, run in the temporary folder.
  ProcessResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--config", (tmp_.path() / config_).string(), "--dir",
                               (tmp_.path() / dir_).string()});
    return RunTidemark(args);
  }
  std::string ConfigText() const { return ReadWholeFile(tmp_.path() / config_); }

  TempDir tmp_;
  std::string config_ = ".tidemark.yml";
  std::string dir_ = "migrations";
};

TEST_F(InitTest, WritesEveryKnownKeyWithItsDefaultAndTheFolder) {
  ProcessResult r = Run({"init"});
  ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, HasSubstr("wrote "));
  EXPECT_TRUE(fs::is_directory(tmp_.path() / dir_));
  std::string text = ConfigText();
  for (const ConfigKey& key : ConfigKeys()) {
    std::string line = fmt::format("{}{}{}: ", key.section.empty() ? "" : "  ",
                                   key.commented ? "# " : "", key.name);
    EXPECT_THAT(text, HasSubstr(line)) << key.name;
  }
  for (const analyzer::lint::Rule* rule : analyzer::lint::AllRules()) {
    EXPECT_THAT(
        text, HasSubstr("#   " + rule->id() + ": " + parser::SeverityName(rule->info().severity)));
  }
  // Every line is a comment, blank, or a key.
  std::regex line_form(R"(^(\s*#.*|\s*|\s*[a-z_]+:.*)$)");
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_TRUE(std::regex_match(line, line_form)) << line;
  }
}

TEST_F(InitTest, WrittenConfigLoadsBackAsTheDefaults) {
  ASSERT_EQ(Run({"init"}).exit_code, kExitOk);
  Config config = LoadConfig((tmp_.path() / config_).string(), true);
  GlobalOptions defaults;
  EXPECT_EQ(config.dir, tmp_.path() / dir_);
  EXPECT_EQ(config.schema, defaults.schema);
  EXPECT_EQ(config.lock_timeout, defaults.lock_timeout);
  EXPECT_FALSE(config.database_url.has_value());
  EXPECT_EQ(config.migrate_format, kDefaultMigrateFormat);
  EXPECT_EQ(config.generate_undo, kDefaultGenerateUndo);
  EXPECT_EQ(config.allow_out_of_order, kDefaultAllowOutOfOrder);
  // lint reads its section without a word, and the folder is the empty one.
  ProcessResult lint = Run({"lint"});
  EXPECT_EQ(lint.exit_code, kExitOk) << lint.err;
  EXPECT_EQ(lint.err, "");
  EXPECT_THAT(lint.out, HasSubstr("no problems in 0 files"));
}

// Uncommenting every line (the optional keys and every rule) still loads.
TEST_F(InitTest, EveryCommentedKeyIsAcceptedWhenUncommented) {
  ASSERT_EQ(Run({"init"}).exit_code, kExitOk);
  std::string text;
  std::istringstream lines(ConfigText());
  for (std::string line; std::getline(lines, line);) {
    line = std::regex_replace(line, std::regex(R"(rules: \{\})"), "rules:");
    line = std::regex_replace(line, std::regex(R"(^  #   ([a-z0-9-]+: [a-z]+)$)"), "    $1");
    line = std::regex_replace(line, std::regex(R"(^# ([a-z_]+: ))"), "$1");
    text += line + "\n";
  }
  tmp_.Write(config_, text);
  ASSERT_THAT(text, HasSubstr("\ndatabase_url: "));
  ASSERT_THAT(text, HasSubstr("\n    ban-drop-table: error"));
  Config config;
  try {
    config = LoadConfig((tmp_.path() / config_).string(), true);
  } catch (const ConfigError& e) {
    FAIL() << e.message << "\n" << text;
  }
  EXPECT_TRUE(config.database_url.has_value());
  EXPECT_EQ(config.lint["rules"].size(), analyzer::lint::AllRules().size());
  ProcessResult lint = Run({"lint"});
  EXPECT_EQ(lint.exit_code, kExitOk) << lint.err;
  EXPECT_EQ(lint.err, "");
}

// The keys LoadConfig names as known are the keys init writes.
TEST_F(InitTest, LoadConfigKnowsExactlyTheWrittenKeys) {
  tmp_.Write(config_, "qqqqqqqqqqqq: 1\n");
  try {
    LoadConfig((tmp_.path() / config_).string(), true);
    FAIL() << "an unknown key was accepted";
  } catch (const ConfigError& e) {
    std::vector<std::string> names;
    for (const ConfigKey& key : ConfigKeys()) {
      if (key.section.empty()) names.push_back(key.name);
    }
    names.emplace_back("migrate");
    names.emplace_back("rollback");
    names.emplace_back("lint");
    EXPECT_THAT(e.message, HasSubstr(fmt::format("(known: {})", fmt::join(names, ", "))));
  }
  tmp_.Write(config_, "migrate:\n  qqqqqqqqqqqqqqqqqq: 1\n");
  try {
    LoadConfig((tmp_.path() / config_).string(), true);
    FAIL() << "an unknown migrate key was accepted";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.message, HasSubstr("(known: format, generate_undo, allow_out_of_order)"));
  }
  tmp_.Write(config_, "rollback:\n  qqqqqqqqqqqqqqqqqq: 1\n");
  try {
    LoadConfig((tmp_.path() / config_).string(), true);
    FAIL() << "an unknown rollback key was accepted";
  } catch (const ConfigError& e) {
    EXPECT_THAT(e.message, HasSubstr("(known: keep_data, restore_data, archive_schema, "
                                     "max_archive_size)"));
  }
  tmp_.Write(config_,
             "rollback:\n  keep_data: true\n  archive_schema: kept\n  max_archive_size: 1GB\n");
  Config config = LoadConfig((tmp_.path() / config_).string(), true);
  EXPECT_EQ(config.keep_data, true);
  EXPECT_EQ(config.restore_data, std::nullopt);
  EXPECT_EQ(config.archive_schema, "kept");
  EXPECT_EQ(config.max_archive_size, "1GB");
}

TEST_F(InitTest, RefusesToOverwriteWithoutForce) {
  tmp_.Write(config_, "schema: mine\n");
  ProcessResult r = Run({"init"});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr(".tidemark.yml exists"));
  EXPECT_THAT(r.err, HasSubstr("--force"));
  EXPECT_EQ(ConfigText(), "schema: mine\n");
  EXPECT_FALSE(fs::exists(tmp_.path() / dir_)) << "nothing is half-done";

  ProcessResult forced = Run({"init", "--force"});
  EXPECT_EQ(forced.exit_code, kExitOk) << forced.err;
  EXPECT_THAT(forced.out, HasSubstr("overwrote "));
  EXPECT_THAT(ConfigText(), HasSubstr("\nschema: tidemark\n"));
}

// A broken config is no reason not to write a new one with --force.
TEST_F(InitTest, ForceReplacesABrokenConfig) {
  tmp_.Write(config_, "dirr: [\n");
  EXPECT_EQ(Run({"init"}).exit_code, kExitUsage);
  ProcessResult forced = Run({"init", "--force"});
  EXPECT_EQ(forced.exit_code, kExitOk) << forced.err;
  EXPECT_NO_THROW(LoadConfig((tmp_.path() / config_).string(), true));
}

TEST_F(InitTest, DirAndConfigPathsAreHonoured) {
  config_ = "conf/tidemark.yml";
  dir_ = "db/my migrations: v2";
  fs::create_directories(tmp_.path() / "conf");
  ProcessResult r = Run({"--format", "json", "init"});
  ASSERT_EQ(r.exit_code, kExitOk) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["command"], "init");
  EXPECT_EQ(doc["dir_created"], true);
  EXPECT_EQ(doc["config_overwritten"], false);
  EXPECT_TRUE(fs::is_directory(tmp_.path() / dir_));
  Config config = LoadConfig((tmp_.path() / config_).string(), true);
  EXPECT_EQ(config.dir, (tmp_.path() / dir_).string());
}

TEST_F(InitTest, MissingConfigFolderIsAnError) {
  config_ = "no/such/folder/.tidemark.yml";
  ProcessResult r = Run({"init"});
  EXPECT_EQ(r.exit_code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr("no such folder"));
  EXPECT_FALSE(fs::exists(tmp_.path() / dir_));
}

}  // namespace
}  // namespace tidemark::cli
