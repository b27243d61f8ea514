#include "exec/schema_dump.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace tidemark::exec {

namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool Executable(const fs::path& path) { return access(path.c_str(), X_OK) == 0; }

// A temporary file, removed when this goes.
struct TempFile {
  fs::path path;
  int fd = -1;
  TempFile() {
    std::string name = (fs::temp_directory_path() / "tidemark-dump-XXXXXX").string();
    fd = mkstemp(name.data());
    if (fd < 0) throw std::runtime_error(fmt::format("mkstemp: {}", std::strerror(errno)));
    path = name;
  }
  ~TempFile() {
    if (fd >= 0) close(fd);
    std::error_code ec;
    fs::remove(path, ec);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

}  // namespace

std::string FindPgDump(int server_major) {
  const fs::path root = "/usr/lib/postgresql";
  fs::path same = root / std::to_string(server_major) / "bin" / "pg_dump";
  if (Executable(same)) return same.string();
  // pg_dump reads servers up to its own major version: the oldest newer one.
  std::vector<int> newer;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    int major = std::atoi(entry.path().filename().c_str());
    if (major > server_major && Executable(entry.path() / "bin" / "pg_dump")) {
      newer.push_back(major);
    }
  }
  if (!newer.empty()) {
    int pick = *std::min_element(newer.begin(), newer.end());
    return (root / std::to_string(pick) / "bin" / "pg_dump").string();
  }
  return "pg_dump";  // on PATH
}

std::string DumpSchema(const ConnectionTarget& target, const SchemaDumpOptions& options) {
  std::string program = options.pg_dump;
  if (program.empty()) {
    auto conn = Connect(target);
    program = FindPgDump(ServerMajorVersion(*conn));
  }
  std::vector<std::string> args = {program, "--schema-only", "--no-owner", "--no-privileges",
                                   "--no-password"};
  for (const auto& schema : options.exclude_schemas) {
    // pg_dump reads a pattern: quoted, the name is taken as it is.
    std::string quoted = "\"";
    for (char c : schema) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    args.push_back("--exclude-schema=" + quoted + "\"");
  }
  std::string dbname = target.WithoutPassword();
  if (!dbname.empty()) args.push_back("--dbname=" + dbname);
  std::string password = target.Password();

  TempFile out;
  TempFile err;
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error(fmt::format("fork: {}", std::strerror(errno)));
  if (pid == 0) {
    dup2(out.fd, STDOUT_FILENO);
    dup2(err.fd, STDERR_FILENO);
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, STDIN_FILENO);
    if (!password.empty()) setenv("PGPASSWORD", password.c_str(), 1);
    setenv("PGAPPNAME", "tidemark", 1);
    setenv("LC_MESSAGES", "C", 1);
    execvp(argv[0], argv.data());
    std::fprintf(stderr, "cannot run %s: %s\n", argv[0], std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (rc != 0) {
    std::string message = ReadAll(err.path);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    throw std::runtime_error(
        target.Redact(fmt::format("{} --schema-only failed (exit {}): {}", program, rc, message)));
  }
  return ReadAll(out.path);
}

}  // namespace tidemark::exec
