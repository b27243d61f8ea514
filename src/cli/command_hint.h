#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace tidemark::cli {

// When the command line names a command that does not exist where one is
// expected (`tidemark lnt`, `tidemark migrate stauts`), the message for it,
// with the nearest command: `unknown command "stauts" (did you mean status?)`.
// Empty otherwise.
std::string UnknownCommandHint(CLI::App& app, int argc, const char* const* argv);

}  // namespace tidemark::cli
