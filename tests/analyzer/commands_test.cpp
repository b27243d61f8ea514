// migrate analyze / undo / generate, run as the real executable.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Result {
  int code = -1;
  std::string out;
};

Result RunTidemark(const std::string& args) {
  Result r;
  std::string cmd = std::string(TIDEMARK_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string Read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CommandsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tidemark_cmd_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "0001_init.sql")
        << "-- +migrate Up\nCREATE TABLE t (id int PRIMARY KEY, b text DEFAULT 'x');\n";
    std::ofstream(dir_ / "0002_drop.sql") << "-- +migrate Up\nALTER TABLE t DROP COLUMN b;\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(CommandsTest, AnalyzeJsonUsesHistoryOfTheDirectory) {
  Result r = RunTidemark("migrate analyze " + (dir_ / "0002_drop.sql").string() + " --format json");
  ASSERT_EQ(r.code, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema_version"], 1);
  const auto& st = j["files"][0]["statements"][0];
  EXPECT_EQ(st["class"], "needs-history");
  EXPECT_EQ(st["line"], 2);
  EXPECT_EQ(st["column"], 1);
  EXPECT_EQ(st["lock"]["mode"], "ACCESS EXCLUSIVE");
  EXPECT_EQ(st["down"][0]["sql"], "ALTER TABLE t ADD COLUMN b text DEFAULT 'x'");
}

TEST_F(CommandsTest, UndoCheckFailsUntilWritten) {
  std::string file = (dir_ / "0002_drop.sql").string();
  EXPECT_EQ(RunTidemark("migrate undo --check " + file).code, 1);
  EXPECT_EQ(RunTidemark("migrate undo --write " + file).code, 0);
  EXPECT_NE(Read(file).find("-- +migrate Down\n"), std::string::npos);
  EXPECT_NE(Read(file).find("ALTER TABLE t ADD COLUMN b text DEFAULT 'x';"), std::string::npos);
  EXPECT_EQ(RunTidemark("migrate undo --check " + file).code, 0);
  // Judged by what it does on the model, not by its text: a statement that
  // changes no schema passes, one that undoes the Down's work fails.
  std::ofstream(file, std::ios::app) << "SELECT 1;\n";
  EXPECT_EQ(RunTidemark("migrate undo --check " + file).code, 0);
  std::ofstream(file, std::ios::app) << "ALTER TABLE t DROP COLUMN b;\n";
  EXPECT_EQ(RunTidemark("migrate undo --check " + file).code, 1);
}

TEST_F(CommandsTest, GenerateWritesTimestampedFileWithDown) {
  std::ofstream(dir_ / "up.sql") << "CREATE INDEX CONCURRENTLY t_b_idx ON t (b);\n";
  Result r = RunTidemark("--dir " + dir_.string() + " migrate generate --label 'Index B on T' " +
                         "--generate-undo --from " + (dir_ / "up.sql").string());
  ASSERT_EQ(r.code, 0) << r.out;
  fs::path created;
  for (const auto& e : fs::directory_iterator(dir_)) {
    if (e.path().filename().string().find("_index_b_on_t.sql") != std::string::npos)
      created = e.path();
  }
  ASSERT_FALSE(created.empty()) << r.out;
  EXPECT_EQ(created.filename().string().size(),
            std::string("20260101_000000_index_b_on_t.sql").size());
  std::string text = Read(created);
  EXPECT_NE(text.find("-- +migrate Up notransaction\n"), std::string::npos) << text;
  // --generate-undo: the Down goes into the _undo.sql file beside it.
  std::string undo = created.string();
  undo.replace(undo.size() - 4, 4, "_undo.sql");
  EXPECT_EQ(Read(undo), "-- +migrate Down notransaction\nDROP INDEX CONCURRENTLY t_b_idx;\n");
  EXPECT_EQ(text.find("-- +migrate Down"), std::string::npos) << text;
}

TEST_F(CommandsTest, GenerateDryRunWritesNothing) {
  Result r = RunTidemark("--dir " + dir_.string() + " migrate generate --label x --dry-run");
  ASSERT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("would write"), std::string::npos);
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 2u);
}

}  // namespace

namespace {

TEST(UndoWriteTest, LeavesIrreversibleFilesAlone) {
  fs::path dir = fs::temp_directory_path() / ("tidemark_undo_irr_" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "0001_x.sql";
  std::string text = "-- +migrate Up\nTRUNCATE t;\n-- +migrate Down irreversible\n";
  std::ofstream(file) << text;
  EXPECT_EQ(RunTidemark("migrate undo --write " + file.string()).code, 0);
  EXPECT_EQ(Read(file), text);
  EXPECT_EQ(RunTidemark("migrate undo --check " + file.string()).code, 0);
  fs::remove_all(dir);
}

}  // namespace
