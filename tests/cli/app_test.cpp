#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "cli/commands.h"
#include "cli/config.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

CliRun Tidemark(std::vector<std::string> args) {
  args.insert(args.begin(), "tidemark");
  std::vector<const char*> argv;
  argv.reserve(args.size());
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out;
  std::ostringstream err;
  int code = Main(static_cast<int>(argv.size()), argv.data(), out, err);
  return CliRun{code, out.str(), err.str()};
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("tidemark_cli_test_" + std::to_string(rd()));
    fs::create_directories(dir_ / "migrations");
    old_cwd_ = fs::current_path();
    fs::current_path(dir_);
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    fs::remove_all(dir_);
  }
  void Write(const fs::path& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  fs::path dir_;
  fs::path old_cwd_;
};

TEST_F(CliTest, VersionAndHelpExitZero) {
  CliRun v = Tidemark({"--version"});
  EXPECT_EQ(v.code, kExitOk);
  EXPECT_THAT(v.out, HasSubstr("tidemark "));
  CliRun h = Tidemark({"--help"});
  EXPECT_EQ(h.code, kExitOk);
  EXPECT_THAT(h.out, HasSubstr("migrate"));
  CliRun mh = Tidemark({"migrate", "parse", "--help"});
  EXPECT_EQ(mh.code, kExitOk);
  EXPECT_THAT(mh.out, HasSubstr("paths"));
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Tidemark({}).code, kExitUsage);
  EXPECT_EQ(Tidemark({"--no-such-flag", "migrate", "parse"}).code, kExitUsage);
  EXPECT_EQ(Tidemark({"migrate"}).code, kExitUsage);
  EXPECT_EQ(Tidemark({"--format", "xml", "migrate", "parse"}).code, kExitUsage);
  EXPECT_EQ(Tidemark({"--color", "sometimes", "migrate", "parse"}).code, kExitUsage);
}

TEST_F(CliTest, GlobalOptionsMayFollowTheCommand) {
  Write("elsewhere/0001_a.sql", "");
  fs::create_directories(dir_ / "elsewhere");
  Write("elsewhere/0001_a.sql", "SELECT 1;");
  CliRun r = Tidemark({"migrate", "parse", "--dir", "elsewhere", "--format", "json"});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["files"].size(), 1u);
}

TEST_F(CliTest, ParseJsonShowsSectionsAndPositions) {
  Write("migrations/0001_a.sql",
        "-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
        "-- +migrate Down\nDROP INDEX i;\n");
  CliRun r = Tidemark({"migrate", "parse", "--format", "json"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], "tidemark.parse/1");
  const auto& f = j["files"][0];
  EXPECT_EQ(f["version"], "0001");
  EXPECT_EQ(f["up"]["notransaction"], true);
  EXPECT_EQ(f["up"]["statements"][0]["start"]["line"], 2);
  EXPECT_EQ(f["up"]["statements"][0]["start"]["column"], 1);
  EXPECT_EQ(f["down"]["statements"][0]["sql"], "DROP INDEX i");
  EXPECT_EQ(f["down_source"], "section");
}

TEST_F(CliTest, ParseErrorsGoToStderrWithPositionAndExitTwo) {
  Write("migrations/0001_a.sql", "-- +migrate Upp\nSELECT 1;\n");
  CliRun r = Tidemark({"migrate", "parse"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr("0001_a.sql:1:13: error: unknown marker"));
}

TEST_F(CliTest, MissingPathIsAnError) {
  CliRun r = Tidemark({"migrate", "parse", "nope.sql"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr("nope.sql"));
}

TEST_F(CliTest, ConfigSetsTheDirectory) {
  fs::create_directories(dir_ / "db");
  Write("db/0001_a.sql", "SELECT 1;");
  Write(".tidemark.yml", "dir: db\n");
  CliRun r = Tidemark({"migrate", "parse", "--format", "json"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["files"].size(), 1u);
}

TEST_F(CliTest, MalformedConfigIsAUsageErrorWithPosition) {
  Write(".tidemark.yml", "dir: [unclosed\n");
  CliRun r = Tidemark({"migrate", "parse"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr("tidemark: .tidemark.yml:"));
}

TEST_F(CliTest, ExplicitMissingConfigIsAnError) {
  CliRun r = Tidemark({"--config", "missing.yml", "migrate", "parse"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_THAT(r.err, HasSubstr("missing.yml"));
}

TEST(ConfigTest, ReadsTidemarkKeys) {
  fs::path dir =
      fs::temp_directory_path() / ("tidemark_cfg_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  std::ofstream(dir / ".tidemark.yml")
      << "dir: m\nschema: track\nlock_timeout: 2s\nmigrate:\n  format: separate\n"
         "  generate_undo: true\nlint:\n  fail_on: error\n";
  Config c = LoadConfig((dir / ".tidemark.yml").string(), false);
  EXPECT_EQ(c.dir, "m");
  EXPECT_EQ(c.schema, "track");
  EXPECT_EQ(c.lock_timeout, "2s");
  EXPECT_EQ(c.migrate_format, "separate");
  EXPECT_EQ(c.generate_undo, true);
  EXPECT_EQ(c.lint["fail_on"].as<std::string>(), "error");
  fs::remove_all(dir);
}

TEST(ConfigTest, FallsBackToPgFluxKeys) {
  fs::path dir =
      fs::temp_directory_path() / ("tidemark_cfg_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  std::ofstream(dir / ".pg-flux.yml")
      << "migrations_dir: sql\nmigrate:\n  format: combined\n  generate_undo: false\n";
  Config c = LoadConfig((dir / ".tidemark.yml").string(), false);
  EXPECT_EQ(c.path, (dir / ".pg-flux.yml").string());
  EXPECT_EQ(c.dir, "sql");
  EXPECT_EQ(c.migrate_format, "combined");
  EXPECT_EQ(c.generate_undo, false);
  fs::remove_all(dir);
}

TEST(ConfigTest, RejectsBadFormatValue) {
  fs::path dir =
      fs::temp_directory_path() / ("tidemark_cfg_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  std::ofstream(dir / ".tidemark.yml") << "migrate:\n  format: sideways\n";
  EXPECT_THROW(LoadConfig((dir / ".tidemark.yml").string(), false), ConfigError);
  fs::remove_all(dir);
}

TEST(ConfigTest, NoFileIsAnEmptyConfig) {
  Config c = LoadConfig("/nonexistent/dir/.tidemark.yml", false);
  EXPECT_TRUE(c.path.empty());
  EXPECT_FALSE(c.dir.has_value());
}

}  // namespace
}  // namespace tidemark::cli
