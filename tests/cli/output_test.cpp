// What every command's output has in common: JSON documents that name their
// documented schema, --help that lists the global options, no colour on a
// dumb terminal.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "support/json_docs.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

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

// Runs the binary with stdout and stderr on a pseudo-terminal and TERM set
// to `term`; returns what it wrote there.
std::string RunOnTerminal(const std::vector<std::string>& args, const std::string& term) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
    ADD_FAILURE() << "no pseudo-terminal";
    return "";
  }
  std::string slave_name = ptsname(master);
  pid_t pid = fork();
  if (pid == 0) {
    setsid();
    int slave = open(slave_name.c_str(), O_RDWR);
    dup2(slave, STDOUT_FILENO);
    dup2(slave, STDERR_FILENO);
    close(master);
    setenv("TERM", term.c_str(), 1);
    unsetenv("NO_COLOR");
    std::vector<char*> argv;
    std::string binary = TIDEMARK_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  std::string text;
  char buffer[4096];
  while (true) {
    ssize_t n = read(master, buffer, sizeof buffer);
    if (n > 0) {
      text.append(buffer, static_cast<size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO once the child has closed the terminal
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  return text;
}

class OutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("tidemark_output_test_" + std::to_string(rd()));
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

TEST_F(OutputTest, SubcommandHelpListsTheGlobalOptions) {
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"migrate", "up", "--help"},
        std::vector<std::string>{"migrate", "rollback", "--help"},
        std::vector<std::string>{"lint", "--help"}}) {
    CliRun r = Tidemark(command);
    EXPECT_EQ(r.code, kExitOk);
    EXPECT_THAT(r.out, HasSubstr("Global options (before or after the command):"));
    EXPECT_THAT(r.out, HasSubstr("--database-url TEXT"));
    EXPECT_THAT(r.out, HasSubstr("-q,--quiet"));
    EXPECT_THAT(r.out, HasSubstr("--lock-timeout"));
  }
}

TEST_F(OutputTest, EveryJsonDocumentNamesItsDocumentedSchema) {
  Write("migrations/0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\nCREATE INDEX a_idx ON a (id);\n"
        "-- +migrate Down\nDROP TABLE a;\n");
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"--format", "json", "migrate", "parse"},
        std::vector<std::string>{"--format", "json", "migrate", "analyze"},
        std::vector<std::string>{"lint", "--reporter", "json", "migrations"},
        std::vector<std::string>{"--format", "json", "lint", "--list-rules"}}) {
    CliRun r = Tidemark(command);
    SCOPED_TRACE(command.back());
    auto doc = nlohmann::json::parse(r.out);
    testing::ExpectDocumented(doc);
  }
  fs::create_directories(dir_ / "fresh");
  fs::current_path(dir_ / "fresh");
  CliRun init = Tidemark({"--format", "json", "init"});
  ASSERT_EQ(init.code, kExitOk) << init.err;
  testing::ExpectDocumented(nlohmann::json::parse(init.out));
  EXPECT_EQ(nlohmann::json::parse(init.out)["schema"], "tidemark.init/1");
}

TEST_F(OutputTest, NoColourOnADumbTerminal) {
  Write("migrations/0001_a.sql", "CREATE TABLE a (id int);\nCREATE INDEX a_idx ON a (id);\n");
  std::string path = (dir_ / "migrations" / "0001_a.sql").string();
  std::string colour = RunOnTerminal({"lint", path}, "xterm");
  EXPECT_THAT(colour, HasSubstr("\033["));  // the test can see colour
  std::string dumb = RunOnTerminal({"lint", path}, "dumb");
  EXPECT_THAT(dumb, HasSubstr("0001_a.sql"));
  EXPECT_THAT(dumb, Not(HasSubstr("\033[")));
}

}  // namespace
}  // namespace tidemark::cli
