#pragma once

#include "cli/context.h"

namespace tidemark::cli {

// One function per command, each in its own cmd_<name>.cpp. Each adds its
// subcommand under `parent` and appends what runs to `commands`.
void RegisterParse(CLI::App* migrate, CommandList* commands);
void RegisterAnalyze(CLI::App* migrate, CommandList* commands);
void RegisterGenerate(CLI::App* migrate, CommandList* commands);
void RegisterUndo(CLI::App* migrate, CommandList* commands);
void RegisterUp(CLI::App* migrate, CommandList* commands);
void RegisterStatus(CLI::App* migrate, CommandList* commands);
void RegisterRollback(CLI::App* migrate, CommandList* commands);  // rollback and down
void RegisterBaseline(CLI::App* migrate, CommandList* commands);
void RegisterRepair(CLI::App* migrate, CommandList* commands);
void RegisterRedo(CLI::App* migrate, CommandList* commands);
void RegisterVerify(CLI::App* migrate, CommandList* commands);
void RegisterDrift(CLI::App* migrate, CommandList* commands);
void RegisterDiff(CLI::App* migrate, CommandList* commands);
void RegisterDump(CLI::App* migrate, CommandList* commands);
void RegisterArchive(CLI::App* migrate, CommandList* commands);  // list, show, drop
void RegisterLint(CLI::App* root, CommandList* commands);
void RegisterInit(CLI::App* root, CommandList* commands);
void RegisterCompletion(CLI::App* root, CommandList* commands);
void RegisterMan(CLI::App* root, CommandList* commands);  // hidden: the build writes tidemark.1

// Parses the command line, merges config and environment, runs the chosen
// command and returns the process exit code.
int Main(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace tidemark::cli
