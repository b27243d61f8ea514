#pragma once

// Runs the real `tidemark` binary (TIDEMARK_BINARY) from tests, in the
// foreground or in the background, with extra environment variables, and a
// throwaway migrations directory to point it at.

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace tidemark::testing {

struct ProcessResult {
  int exit_code = -1;  // 128 + signal when killed
  std::string out;
  std::string err;
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A temporary directory removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "tidemark-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path Write(const std::string& name, const std::string& text) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  void Remove(const std::string& name) const { std::filesystem::remove(path_ / name); }

 private:
  std::filesystem::path path_;
};

// A tidemark process started in the background; its output goes to files.
class TidemarkProcess {
 public:
  TidemarkProcess(const std::vector<std::string>& args,
                  const std::vector<std::pair<std::string, std::string>>& env = {}) {
    out_path_ = output_.path() / "stdout";
    err_path_ = output_.path() / "stderr";
    std::vector<std::string> argv_storage = {TIDEMARK_BINARY};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      int out = open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(out, STDOUT_FILENO);
      dup2(err, STDERR_FILENO);
      int null_fd = open("/dev/null", O_RDONLY);
      dup2(null_fd, STDIN_FILENO);
      unsetenv("DATABASE_URL");
      setenv("NO_COLOR", "1", 1);
      for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
      std::vector<char*> argv;
      for (auto& a : argv_storage) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~TidemarkProcess() {
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  TidemarkProcess(const TidemarkProcess&) = delete;
  TidemarkProcess& operator=(const TidemarkProcess&) = delete;

  pid_t pid() const { return pid_; }
  // What the process has written to stderr so far.
  std::string ErrSoFar() const { return ReadWholeFile(err_path_); }
  void Kill9() { kill(pid_, SIGKILL); }
  bool Running() {
    if (waited_) return false;
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      waited_ = true;
      status_ = status;
      return false;
    }
    return true;
  }
  ProcessResult Wait() {
    if (!waited_) {
      while (waitpid(pid_, &status_, 0) < 0 && errno == EINTR) {
      }
      waited_ = true;
    }
    ProcessResult r;
    r.exit_code = WIFEXITED(status_) ? WEXITSTATUS(status_) : 128 + WTERMSIG(status_);
    r.out = ReadWholeFile(out_path_);
    r.err = ReadWholeFile(err_path_);
    return r;
  }

 private:
  TempDir output_;
  std::filesystem::path out_path_;
  std::filesystem::path err_path_;
  pid_t pid_ = -1;
  bool waited_ = false;
  int status_ = 0;
};

inline ProcessResult RunTidemark(const std::vector<std::string>& args,
                                 const std::vector<std::pair<std::string, std::string>>& env = {}) {
  TidemarkProcess p(args, env);
  return p.Wait();
}

}  // namespace tidemark::testing
