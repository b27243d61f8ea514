#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli/config.h"

namespace tidemark::cli {

// `--wait` given without a duration.
inline constexpr const char* kDefaultWait = "60s";

// Global options (SPEC.md §3), after flags, environment and config are merged.
struct GlobalOptions {
  std::string dir = "migrations";
  std::string database_url;  // empty: libpq's PG* variables and ~/.pgpass
  std::string config_path = ".tidemark.yml";
  bool config_given = false;
  std::string format = "human";  // human | json
  std::string color = "auto";    // auto | always | never
  bool quiet = false;
  int verbose = 0;
  std::string schema = "tidemark";
  std::string lock_timeout = "10s";
  std::string env;   // --env: the config's environment (else TIDEMARK_ENV)
  std::string wait;  // --wait: how long to wait for the database; empty: not at all
};

// What every command receives: merged options, config, and the streams to
// write to (stdout for results, stderr for errors and logs).
struct Context {
  GlobalOptions options;
  Config config;
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;
  bool color = false;  // colour decided once: option, NO_COLOR and terminal
  bool stdout_is_terminal = false;

  std::ostream& Out() const { return *out; }
  std::ostream& Err() const { return *err; }
  // "tidemark: message" on stderr.
  void Error(const std::string& message) const;
  void Warn(const std::string& message) const;
  void Log(const std::string& message) const;  // only with -v
  bool json() const { return options.format == "json"; }
};

// A registered command: its CLI11 app and what runs when it was chosen.
struct Command {
  CLI::App* app = nullptr;
  std::function<int(Context&)> run;
  bool loads_config = true;  // false: runs without reading the config file (init)
};

using CommandList = std::vector<Command>;

}  // namespace tidemark::cli
