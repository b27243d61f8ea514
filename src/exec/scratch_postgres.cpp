#include "exec/scratch_postgres.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <grp.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <pqxx/pqxx>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tidemark::exec {

namespace fs = std::filesystem;

namespace {

constexpr int kPort = 5432;  // the socket lives in a private directory: no clash

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The last `max` bytes of a log, enough to explain a failure.
std::string Tail(const std::string& text, size_t max = 4000) {
  return text.size() <= max ? text : "..." + text.substr(text.size() - max);
}

bool HasInitdb(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / "initdb", ec) && fs::exists(dir / "postgres", ec);
}

std::string FindBinDir(const std::string& configured) {
  if (!configured.empty()) return configured;
  if (FILE* pipe = popen("pg_config --bindir 2>/dev/null", "r")) {
    std::string out;
    char buffer[512];
    while (fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
    pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    if (!out.empty() && HasInitdb(out)) return out;
  }
  // Debian keeps server binaries out of PATH: take the newest major version.
  std::vector<fs::path> candidates;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    if (HasInitdb(entry.path() / "bin")) candidates.push_back(entry.path() / "bin");
  }
  if (candidates.empty()) {
    throw std::runtime_error(
        "cannot find PostgreSQL server binaries (initdb, postgres): install the server "
        "package or put pg_config on PATH");
  }
  std::sort(candidates.begin(), candidates.end(), [](const fs::path& a, const fs::path& b) {
    return std::atoi(a.parent_path().filename().c_str()) <
           std::atoi(b.parent_path().filename().c_str());
  });
  return candidates.back().string();
}

struct RunAs {
  bool drop = false;  // we are root: switch to uid/gid in the child
  uid_t uid = 0;
  gid_t gid = 0;
};

// In a forked child: become the unprivileged user, or exit.
void DropPrivileges(const RunAs& run_as) {
  if (!run_as.drop) return;
  if (setgroups(0, nullptr) != 0 || setgid(run_as.gid) != 0 || setuid(run_as.uid) != 0) {
    perror("tidemark: cannot switch user");
    _exit(127);
  }
}

std::vector<char*> Argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  return argv;
}

// Runs a program to completion with its output in `log`; returns the exit status.
int RunAndWait(std::vector<std::string> args, const RunAs& run_as, const fs::path& cwd,
               const fs::path& log) {
  std::vector<char*> argv = Argv(args);
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error(fmt::format("fork: {}", std::strerror(errno)));
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      close(fd);
    }
    DropPrivileges(run_as);
    if (chdir(cwd.c_str()) != 0) _exit(127);
    setenv("LC_ALL", "C", 1);
    execv(argv[0], argv.data());
    perror("tidemark: exec");
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::atomic<int> g_database_counter{0};

}  // namespace

struct ScratchPostgres::Impl {
  fs::path root;  // temporary directory: data/, the socket, logs
  fs::path bin_dir;
  pid_t server = -1;
  bool owned = true;  // false: attached to a cluster started elsewhere
  int port = kPort;

  fs::path Data() const { return root / "data"; }
  fs::path ServerLog() const { return root / "server.log"; }

  void StopServer() {
    if (server <= 0) return;
    kill(server, SIGINT);  // fast shutdown: no waiting for clients
    int status = 0;
    for (int i = 0; i < 200; ++i) {  // up to 20 s
      pid_t done = waitpid(server, &status, WNOHANG);
      if (done == server || (done < 0 && errno == ECHILD)) {
        server = -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    kill(server, SIGKILL);
    waitpid(server, &status, 0);
    server = -1;
  }

  ~Impl() {
    if (!owned) return;
    StopServer();
    std::error_code ec;
    if (!root.empty()) fs::remove_all(root, ec);
  }
};

std::unique_ptr<ScratchPostgres> ScratchPostgres::Start() { return Start(Options{}); }

std::unique_ptr<ScratchPostgres> ScratchPostgres::Start(const Options& options) {
  std::unique_ptr<ScratchPostgres> pg(new ScratchPostgres());
  pg->impl_ = std::make_unique<Impl>();
  Impl& impl = *pg->impl_;
  impl.bin_dir = FindBinDir(options.bin_dir);

  const char* tmp = std::getenv("TMPDIR");
  std::string pattern =
      (fs::path(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") / "tidemark-pg-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error(
        fmt::format("cannot create a temporary directory {}: {}", pattern, std::strerror(errno)));
  }
  impl.root = pattern;

  RunAs run_as;
  if (geteuid() == 0) {
    struct passwd* pw = getpwnam(options.run_as.c_str());
    if (pw == nullptr) {
      throw std::runtime_error(fmt::format(
          "running as root, and there is no user '{}' to run PostgreSQL as", options.run_as));
    }
    run_as = {true, pw->pw_uid, pw->pw_gid};
    if (chown(impl.root.c_str(), run_as.uid, run_as.gid) != 0) {
      throw std::runtime_error(
          fmt::format("chown {}: {}", impl.root.string(), std::strerror(errno)));
    }
  }
  chmod(impl.root.c_str(), 0700);

  fs::path init_log = impl.root / "initdb.log";
  int rc =
      RunAndWait({(impl.bin_dir / "initdb").string(), "-D", impl.Data().string(), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"},
                 run_as, impl.root, init_log);
  if (rc != 0) {
    throw std::runtime_error(
        fmt::format("initdb failed (exit {}):\n{}", rc, Tail(ReadFile(init_log))));
  }

  std::vector<std::string> args = {(impl.bin_dir / "postgres").string(),
                                   "-D",
                                   impl.Data().string(),
                                   "-k",
                                   impl.root.string(),
                                   "-p",
                                   std::to_string(kPort),
                                   "-c",
                                   "listen_addresses=",
                                   "-c",
                                   "fsync=off",
                                   "-c",
                                   "synchronous_commit=off",
                                   "-c",
                                   "full_page_writes=off",
                                   "-c",
                                   "max_connections=100",
                                   "-c",
                                   "shared_buffers=32MB",
                                   "-c",
                                   "max_locks_per_transaction=256",
                                   "-c",
                                   "logging_collector=off",
                                   "-c",
                                   "log_min_messages=warning",
                                   "-c",
                                   "autovacuum=off"};
  std::vector<char*> argv = Argv(args);
  fs::path log = impl.ServerLog();
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error(fmt::format("fork: {}", std::strerror(errno)));
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      close(fd);
    }
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, STDIN_FILENO);
    setsid();  // keep terminal signals (Ctrl-C) for tidemark to handle
    DropPrivileges(run_as);
    // After the user switch (which clears it): a crashed or killed tidemark
    // must not leave a server behind.
    prctl(PR_SET_PDEATHSIG, SIGQUIT);
    if (getppid() != parent) _exit(1);
    if (chdir(impl.root.c_str()) != 0) _exit(127);
    setenv("LC_ALL", "C", 1);
    execv(argv[0], argv.data());
    perror("tidemark: exec postgres");
    _exit(127);
  }
  impl.server = pid;

  // Ready when the server accepts connections on its socket.
  std::string conninfo = pg->ConnectionString("postgres");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (true) {
    if (PQping(conninfo.c_str()) == PQPING_OK) break;
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      impl.server = -1;
      throw std::runtime_error(
          fmt::format("postgres exited while starting:\n{}", Tail(ReadFile(log))));
    }
    if (std::chrono::steady_clock::now() > deadline) {
      throw std::runtime_error(
          fmt::format("postgres did not start within 60 s:\n{}", Tail(ReadFile(log))));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return pg;
}

std::unique_ptr<ScratchPostgres> ScratchPostgres::Attach(const std::string& socket_dir, int port) {
  std::unique_ptr<ScratchPostgres> pg(new ScratchPostgres());
  pg->impl_ = std::make_unique<Impl>();
  pg->impl_->root = socket_dir;
  pg->impl_->owned = false;
  pg->impl_->port = port;
  if (PQping(pg->ConnectionString("postgres").c_str()) != PQPING_OK) {
    throw std::runtime_error(fmt::format("no PostgreSQL answers on the socket in {}", socket_dir));
  }
  return pg;
}

ScratchPostgres::~ScratchPostgres() = default;

std::string ScratchPostgres::ConnectionString(const std::string& dbname) const {
  return fmt::format("host={} port={} user=postgres dbname={}", impl_->root.string(), impl_->port,
                     dbname);
}

std::string ScratchPostgres::Url(const std::string& dbname) const {
  return fmt::format("postgresql:///{}?host={}&port={}&user=postgres", dbname, impl_->root.string(),
                     impl_->port);
}

std::string ScratchPostgres::CreateDatabase(const std::string& prefix) {
  std::string name = fmt::format("{}_{}_{}", prefix, getpid(), g_database_counter++);
  pqxx::connection conn(ConnectionString("postgres"));
  pqxx::nontransaction tx(conn);
  tx.exec("CREATE DATABASE " + conn.quote_name(name));
  return name;
}

void ScratchPostgres::DropDatabase(const std::string& name) {
  pqxx::connection conn(ConnectionString("postgres"));
  pqxx::nontransaction tx(conn);
  tx.exec("DROP DATABASE IF EXISTS " + conn.quote_name(name) + " WITH (FORCE)");
}

}  // namespace tidemark::exec
