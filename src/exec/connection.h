#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <string_view>

namespace tidemark::exec {

// Where to connect: a postgresql:// URL or a libpq key=value string. Empty
// means libpq's own defaults (PG* variables, ~/.pgpass).
struct ConnectionTarget {
  std::string conninfo;

  // The password this target carries (URL, password=, or PGPASSWORD), empty if none.
  std::string Password() const;
  // The conninfo with its password replaced by "****", for messages.
  std::string Redacted() const;
  // The conninfo as a key=value string without its password, for a program
  // run on the target (pg_dump), which gets the password through PGPASSWORD.
  std::string WithoutPassword() const;
  // `text` with every occurrence of the password (and any URL or password=
  // credentials) replaced by "****". Use on every message shown to a user.
  std::string Redact(std::string text) const;
};

// Removes credentials from any text: "scheme://user:secret@" and "password=secret".
std::string RedactCredentials(std::string text);

// Opens a connection (application_name=tidemark). Throws std::runtime_error
// with a redacted message when it cannot.
std::unique_ptr<pqxx::connection> Connect(const ConnectionTarget& target);

// Connects like Connect, retrying while the database refuses (starting up,
// not there yet) until `timeout` has passed; `on_first_failure` is called
// once, with the first error, before the retries. When the time is up,
// throws the last attempt's error.
std::unique_ptr<pqxx::connection> ConnectWaiting(
    const ConnectionTarget& target, std::chrono::milliseconds timeout,
    const std::function<void(const std::string&)>& on_first_failure);

// The server's major version (15 for 15.4).
int ServerMajorVersion(pqxx::connection& conn);

}  // namespace tidemark::exec
