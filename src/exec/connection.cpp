#include "exec/connection.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <stdexcept>
#include <thread>

namespace tidemark::exec {

namespace {

constexpr const char* kMask = "****";

// Frees PQconninfoParse's result.
struct ConninfoOptions {
  PQconninfoOption* options = nullptr;
  ~ConninfoOptions() {
    if (options != nullptr) PQconninfoFree(options);
  }
};

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  size_t pos = 0;
  while ((pos = text->find(from, pos)) != std::string::npos) {
    text->replace(pos, from.size(), to);
    pos += to.size();
  }
}

}  // namespace

std::string RedactCredentials(std::string text) {
  // scheme://user:secret@host
  static const std::regex kUrl(R"(([A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):[^@\s]*@)");
  text = std::regex_replace(text, kUrl, std::string("$1:") + kMask + "@");
  // password=secret, password='se cret', and ?password=secret in URLs
  static const std::regex kKeyValue(R"((password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+))",
                                    std::regex::icase);
  text = std::regex_replace(text, kKeyValue, std::string("$1") + kMask);
  return text;
}

std::string ConnectionTarget::Password() const {
  if (!conninfo.empty()) {
    char* error = nullptr;
    ConninfoOptions parsed{PQconninfoParse(conninfo.c_str(), &error)};
    if (error != nullptr) PQfreemem(error);
    if (parsed.options != nullptr) {
      for (PQconninfoOption* o = parsed.options; o->keyword != nullptr; ++o) {
        if (std::string_view(o->keyword) == "password" && o->val != nullptr && *o->val != '\0') {
          return o->val;
        }
      }
    }
  }
  const char* env = std::getenv("PGPASSWORD");
  return env != nullptr ? env : "";
}

std::string ConnectionTarget::Redacted() const { return Redact(conninfo); }

std::string ConnectionTarget::WithoutPassword() const {
  if (conninfo.empty()) return "";
  char* error = nullptr;
  ConninfoOptions parsed{PQconninfoParse(conninfo.c_str(), &error)};
  if (error != nullptr) {
    std::string message = error;
    PQfreemem(error);
    throw std::runtime_error(Redact("bad connection string: " + message));
  }
  std::string out;
  for (PQconninfoOption* o = parsed.options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr || *o->val == '\0' || std::string_view(o->keyword) == "password") {
      continue;
    }
    std::string value;
    for (const char* c = o->val; *c != '\0'; ++c) {
      if (*c == '\'' || *c == '\\') value += '\\';
      value += *c;
    }
    if (!out.empty()) out += ' ';
    out += fmt::format("{}='{}'", o->keyword, value);
  }
  return out;
}

std::string ConnectionTarget::Redact(std::string text) const {
  std::string password = Password();
  // A one- or two-character password would mask unrelated letters; the
  // patterns below still catch it where it appears as a credential.
  if (password.size() >= 3) ReplaceAll(&text, password, kMask);
  return RedactCredentials(std::move(text));
}

std::unique_ptr<pqxx::connection> Connect(const ConnectionTarget& target) {
  std::string conninfo = target.conninfo;
  try {
    auto conn = std::make_unique<pqxx::connection>(conninfo);
    pqxx::nontransaction tx(*conn);
    tx.exec("SET application_name = 'tidemark'");
    return conn;
  } catch (const std::exception& e) {
    std::string where = target.conninfo.empty() ? std::string("(libpq defaults: PG* variables)")
                                                : target.Redacted();
    throw std::runtime_error(
        target.Redact(fmt::format("cannot connect to {}: {}", where, e.what())));
  }
}

std::unique_ptr<pqxx::connection> ConnectWaiting(
    const ConnectionTarget& target, std::chrono::milliseconds timeout,
    const std::function<void(const std::string&)>& on_first_failure) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  auto pause = std::chrono::milliseconds(100);
  for (int attempt = 0;; ++attempt) {
    try {
      return Connect(target);
    } catch (const std::runtime_error& e) {
      auto now = std::chrono::steady_clock::now();
      if (now >= deadline) throw;
      if (attempt == 0 && on_first_failure) on_first_failure(e.what());
      std::this_thread::sleep_for(
          std::min<std::chrono::steady_clock::duration>(pause, deadline - now));
      pause = std::min(pause * 2, std::chrono::milliseconds(1000));
    }
  }
}

int ServerMajorVersion(pqxx::connection& conn) { return conn.server_version() / 10000; }

}  // namespace tidemark::exec
