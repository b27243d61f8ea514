#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "parser/migration.h"

namespace tidemark::parser {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class DirectoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("tidemark_dir_test_" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
};

TEST_F(DirectoryTest, OrdersByVersionNumerically) {
  Write("10_c.sql", "SELECT 10;");
  Write("9_b.sql", "SELECT 9;");
  Write("0001_a.sql", "SELECT 1;");
  Write("notes.txt", "ignored");
  MigrationSet set = LoadDirectory(dir_);
  ASSERT_EQ(set.migrations.size(), 3u);
  EXPECT_EQ(set.migrations[0].filename, "0001_a.sql");
  EXPECT_EQ(set.migrations[1].filename, "9_b.sql");
  EXPECT_EQ(set.migrations[2].filename, "10_c.sql");
  EXPECT_FALSE(set.HasErrors());
}

TEST_F(DirectoryTest, DuplicateVersionsNameBothFiles) {
  Write("0002_a.sql", "SELECT 1;");
  Write("2_b.sql", "SELECT 2;");
  MigrationSet set = LoadDirectory(dir_);
  ASSERT_EQ(set.diagnostics.size(), 1u);
  EXPECT_EQ(set.diagnostics[0].code, "duplicate-version");
  EXPECT_THAT(set.diagnostics[0].message, HasSubstr("0002_a.sql"));
  EXPECT_THAT(set.diagnostics[0].message, HasSubstr("2_b.sql"));
  EXPECT_TRUE(set.HasErrors());
}

TEST_F(DirectoryTest, UndoFilesPairAndAreNeverForward) {
  Write("0001_add_phone.sql", "ALTER TABLE users ADD COLUMN phone text;");
  Write("0001_add_phone_undo.sql", "ALTER TABLE users DROP COLUMN phone;");
  MigrationSet set = LoadDirectory(dir_);
  ASSERT_EQ(set.migrations.size(), 1u);
  const MigrationFile& m = set.migrations[0];
  ASSERT_TRUE(m.undo.has_value());
  EXPECT_EQ(m.down_source(), DownSource::kUndoFile);
  ASSERT_NE(m.EffectiveDown(), nullptr);
  ASSERT_EQ(m.EffectiveDown()->statements.size(), 1u);
  EXPECT_EQ(m.EffectiveDown()->statements[0].sql, "ALTER TABLE users DROP COLUMN phone");
  EXPECT_TRUE(set.diagnostics.empty());
}

TEST_F(DirectoryTest, UndoFileWithMarkersUsesItsDownSection) {
  Write("0001_a.sql", "CREATE TABLE a (id int);");
  Write("0001_a_undo.sql",
        "-- +migrate Down notransaction\nDROP INDEX CONCURRENTLY a_idx;\nDROP TABLE a;\n");
  MigrationSet set = LoadDirectory(dir_);
  const Section* down = set.migrations.at(0).EffectiveDown();
  ASSERT_NE(down, nullptr);
  EXPECT_EQ(down->statements.size(), 2u);
  EXPECT_TRUE(down->notransaction);
}

TEST_F(DirectoryTest, UndoFileCanDeclareTheMigrationIrreversible) {
  Write("0001_a.sql", "ALTER TYPE mood ADD VALUE 'sad';");
  Write("0001_a_undo.sql", "-- +migrate Down irreversible\n-- tidemark: no DROP VALUE\n");
  MigrationSet set = LoadDirectory(dir_);
  const MigrationFile& m = set.migrations.at(0);
  EXPECT_EQ(m.down_source(), DownSource::kIrreversible);
  EXPECT_EQ(m.EffectiveDown(), nullptr);
  EXPECT_TRUE(set.diagnostics.empty());
  EXPECT_FALSE(set.HasErrors());
}

TEST_F(DirectoryTest, DownSectionWinsOverUndoFileAndWarns) {
  Write("0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\n-- +migrate Down\nDROP TABLE a;\n");
  Write("0001_a_undo.sql", "DROP TABLE IF EXISTS a;");
  MigrationSet set = LoadDirectory(dir_);
  const MigrationFile& m = set.migrations.at(0);
  EXPECT_EQ(m.down_source(), DownSource::kSection);
  EXPECT_EQ(m.EffectiveDown()->statements.at(0).sql, "DROP TABLE a");
  bool warned = false;
  for (const auto& d : m.diagnostics) warned |= d.code == "down-and-undo-file";
  EXPECT_TRUE(warned);
  EXPECT_FALSE(set.HasErrors());
}

TEST_F(DirectoryTest, OrphanUndoAndUnversionedFilesWarn) {
  Write("0005_gone_undo.sql", "DROP TABLE gone;");
  Write("schema.sql", "SELECT 1;");
  MigrationSet set = LoadDirectory(dir_);
  EXPECT_TRUE(set.migrations.empty());
  ASSERT_EQ(set.diagnostics.size(), 2u);
  std::vector<std::string> codes{set.diagnostics[0].code, set.diagnostics[1].code};
  std::sort(codes.begin(), codes.end());
  EXPECT_EQ(codes, (std::vector<std::string>{"orphan-undo-file", "unversioned-file"}));
  EXPECT_FALSE(set.HasErrors());
}

TEST_F(DirectoryTest, MissingDirectoryIsAnError) {
  MigrationSet set = LoadDirectory(dir_ / "nope");
  EXPECT_TRUE(set.HasErrors());
}

TEST_F(DirectoryTest, ParallelLoadMatchesSerial) {
  for (int i = 1; i <= 60; ++i) {
    Write(std::to_string(i) + "_m.sql", "-- +migrate Up\nCREATE TABLE t" + std::to_string(i) +
                                            " (id int);\n-- +migrate Down\nDROP TABLE t" +
                                            std::to_string(i) + ";\n");
  }
  MigrationSet serial = LoadDirectory(dir_, LoadOptions{1});
  MigrationSet parallel = LoadDirectory(dir_, LoadOptions{4});
  ASSERT_EQ(serial.migrations.size(), 60u);
  ASSERT_EQ(parallel.migrations.size(), 60u);
  for (size_t i = 0; i < 60; ++i) {
    EXPECT_EQ(serial.migrations[i].filename, parallel.migrations[i].filename);
    EXPECT_EQ(serial.migrations[i].checksum, parallel.migrations[i].checksum);
  }
  EXPECT_EQ(serial.migrations[59].filename, "60_m.sql");
}

TEST_F(DirectoryTest, HundredMegabyteFileDoesNotCrashOrHang) {
  // One 100 MB statement-heavy file: loading must finish with every
  // statement and no diagnostics.
  std::string line = "INSERT INTO t VALUES (1, 'padding padding padding padding padding');\n";
  std::string text;
  const size_t target = size_t{100} * 1024 * 1024;
  text.reserve(target + line.size());
  while (text.size() < target) text += line;
  size_t expected = text.size() / line.size();
  Write("0001_big.sql", text);
  text.clear();
  MigrationSet set = LoadDirectory(dir_);
  ASSERT_EQ(set.migrations.size(), 1u);
  EXPECT_TRUE(set.migrations[0].diagnostics.empty());
  EXPECT_EQ(set.migrations[0].up.statements.size(), expected);
}

}  // namespace
}  // namespace tidemark::parser
