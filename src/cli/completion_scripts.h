#pragma once

// Shell completion scripts written from the command tree (command_tree.h):
// commands, options, the values an IsMember check allows, and migration
// versions and files where a value takes one. The scripts ask the binary
// they complete for versions and files (`tidemark [--dir D] [--config F]
// completion --list versions|files`), so they read the directory the way
// every command does.

#include <string>

#include "cli/command_tree.h"

namespace tidemark::cli {

std::string BashCompletionScript(const CommandSpec& root);
std::string ZshCompletionScript(const CommandSpec& root);
std::string FishCompletionScript(const CommandSpec& root);

}  // namespace tidemark::cli
