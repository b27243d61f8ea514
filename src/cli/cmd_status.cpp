// `tidemark migrate status`: placeholder until its issue lands.
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {

void RegisterStatus(CLI::App* migrate, CommandList* commands) {
  CLI::App* cmd = migrate->add_subcommand("status", "(not built yet)");
  cmd->allow_extras();
  commands->push_back({cmd, [](Context& ctx) {
                         ctx.Error("migrate status is not built yet");
                         return kExitFailure;
                       }});
}

}  // namespace tidemark::cli
