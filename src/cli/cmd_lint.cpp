// `tidemark lint`: placeholder until its issue lands.
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tidemark::cli {

void RegisterLint(CLI::App* root, CommandList* commands) {
  CLI::App* cmd = root->add_subcommand("lint", "(not built yet)");
  cmd->allow_extras();
  commands->push_back({cmd, [](Context& ctx) {
                         ctx.Error("lint is not built yet");
                         return kExitFailure;
                       }});
}

}  // namespace tidemark::cli
