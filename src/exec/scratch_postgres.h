#pragma once

#include <memory>
#include <string>

namespace tidemark::exec {

// A throwaway PostgreSQL cluster: initdb into a temporary directory, a
// private Unix socket (no TCP port), removed when the object dies. Run as
// root, the server runs as an unprivileged user (Debian's `postgres`).
// Used by `migrate verify` and by every test that needs a database.
class ScratchPostgres {
 public:
  struct Options {
    std::string bin_dir;              // empty: found via pg_config or /usr/lib/postgresql/*/bin
    std::string run_as = "postgres";  // the user to run as when we are root
  };

  // Starts a cluster; throws std::runtime_error with initdb's/pg_ctl's
  // output when it cannot.
  static std::unique_ptr<ScratchPostgres> Start();
  static std::unique_ptr<ScratchPostgres> Start(const Options& options);
  // Uses a cluster someone else started (e.g. tests/test_cluster.sh) on the
  // Unix socket in `socket_dir`; the object neither stops nor removes it.
  static std::unique_ptr<ScratchPostgres> Attach(const std::string& socket_dir, int port = 5432);
  ~ScratchPostgres();  // stops the server and removes the directory (when started here)

  ScratchPostgres(const ScratchPostgres&) = delete;
  ScratchPostgres& operator=(const ScratchPostgres&) = delete;

  // libpq connection string for database `dbname` (default "postgres").
  std::string ConnectionString(const std::string& dbname = "postgres") const;
  // postgresql:// URL form of the same.
  std::string Url(const std::string& dbname = "postgres") const;
  // CREATE DATABASE with a fresh unique name; returns the name.
  std::string CreateDatabase(const std::string& prefix = "scratch");
  void DropDatabase(const std::string& name);

 private:
  ScratchPostgres() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidemark::exec
