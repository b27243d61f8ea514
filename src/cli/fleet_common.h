#pragma once

// `migrate up|status|rollback --targets FILE`: the fleet options and the
// rendering of a fleet run (the run itself is exec/fleet.h).

#include <string>
#include <vector>

#include "cli/context.h"
#include "exec/fleet.h"

namespace tidemark::cli {

struct FleetOptions {
  std::string targets_file;
  std::vector<std::string> select;  // --target NAME|GROUP
  int parallel = 4;
  int canary = 0;
  int max_failures = -1;  // -1: no limit
  std::string target_timeout;
  std::string run_log;
  bool drift = false;   // status --drift: a DRIFT column (each target's `migrate drift`)
  std::string dev_url;  // drift: the server the replays run on; empty: a scratch PostgreSQL
};

// Adds --targets, --target and --parallel (every fleet command), and for
// commands that write, --canary, --max-failures, --target-timeout,
// --run-log. Status takes --run-log too (the log's last errors), and
// --drift and --dev-url; `drift` (the drift command, which has its own
// --dev-url) takes none of these.
void AddFleetOptions(CLI::App* cmd, FleetOptions* options, bool writes, bool drift = false);

// The command runs over a fleet: --targets, or the config's `targets:` when
// no database URL is given.
bool FleetRequested(const Context& ctx, const FleetOptions& options);

// Runs `request` over the fleet and prints it; returns the exit code.
// `exit_code` is status's (drift's) --exit-code.
int RunFleetCommand(Context& ctx, const FleetOptions& options, const exec::FleetRequest& request,
                    bool exit_code);

}  // namespace tidemark::cli
