// `migrate generate` picks a version that is unique and sorts after every
// existing one, through the binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "parser/version.h"
#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

std::vector<std::string> Versions(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    auto name = parser::ParseMigrationName(entry.path().filename().string());
    if (name && !name->is_undo) out.push_back(name->version.text());
  }
  std::sort(out.begin(), out.end());
  return out;
}

testing::ProcessResult Generate(const fs::path& dir, const std::string& label) {
  return testing::RunTidemark({"--dir", dir.string(), "migrate", "generate", "--label", label});
}

TEST(GenerateVersion, CallsInOneSecondGetDistinctVersions) {
  testing::TempDir dir;
  // Three calls run well within a few seconds; whatever the clock, every
  // version must differ and the directory must stay loadable.
  for (const char* label : {"a", "b", "c"}) {
    auto r = Generate(dir.path(), label);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto versions = Versions(dir.path());
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_NE(versions[0], versions[1]);
  EXPECT_NE(versions[1], versions[2]);
  auto parse = testing::RunTidemark({"--dir", dir.path().string(), "migrate", "parse"});
  EXPECT_EQ(parse.exit_code, 0) << parse.err;
}

TEST(GenerateVersion, SortsAfterAVersionLaterThanNow) {
  testing::TempDir dir;
  dir.Write("29991231_235959_future.sql", "SELECT 1;\n");
  auto r = Generate(dir.path(), "next");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir.path() / "30000101_000000_next.sql"));
  ASSERT_EQ(Generate(dir.path(), "after").exit_code, 0);
  EXPECT_TRUE(fs::exists(dir.path() / "30000101_000001_after.sql"));
}

TEST(GenerateVersion, UndoFilesCountAndOtherSchemesAreRefusedWhenLater) {
  testing::TempDir dir;
  dir.Write("29991231_235959_x_undo.sql", "SELECT 1;\n");
  ASSERT_EQ(Generate(dir.path(), "y").exit_code, 0);
  EXPECT_TRUE(fs::exists(dir.path() / "30000101_000000_y.sql"));
  testing::TempDir numbered;
  numbered.Write("0001_a.sql", "SELECT 1;\n");
  ASSERT_EQ(Generate(numbered.path(), "b").exit_code, 0);  // a timestamp sorts after 0001
  testing::TempDir huge;
  huge.Write("999999999999999999_a.sql", "SELECT 1;\n");
  auto r = Generate(huge.path(), "b");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("name the new file by hand"));
}

TEST(GenerateLabel, NonAsciiLettersAreKept) {
  testing::TempDir dir;
  dir.Write("29991231_235959_x.sql", "SELECT 1;\n");
  auto r = Generate(dir.path(), "Größe ändern");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir.path() / "30000101_000000_größe_ändern.sql"));
}

TEST(GenerateLabel, LongLabelsAreCutWithAMessage) {
  testing::TempDir dir;
  dir.Write("29991231_235959_x.sql", "SELECT 1;\n");
  std::string label;
  for (int i = 0; i < 60; ++i) label += "wörter ";  // 7 bytes of name each, 420 in all
  auto r = Generate(dir.path(), label);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("--label is long: cut to 79 bytes in the file name"));
  std::string expected = "30000101_000000_";
  for (int i = 0; i < 10; ++i) expected += std::string(i ? "_" : "") + "wörter";
  EXPECT_TRUE(fs::exists(dir.path() / (expected + ".sql")));
  // Never inside a UTF-8 sequence: "a" then 2-byte letters; byte 80 is the
  // second byte of one.
  std::string letters = "a";
  for (int i = 0; i < 100; ++i) letters += "ö";
  auto cut = Generate(dir.path(), letters);
  ASSERT_EQ(cut.exit_code, 0) << cut.err;
  EXPECT_THAT(cut.err, HasSubstr("cut to 79 bytes"));
  EXPECT_TRUE(fs::exists(dir.path() / ("30000101_000001_" + letters.substr(0, 79) + ".sql")));
}

}  // namespace
}  // namespace tidemark::cli
