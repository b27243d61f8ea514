#pragma once

// The command line as data, read from the CLI11 tree that parses it, for what
// must never drift from `--help`: the shell completion scripts and the man
// page (cmd_completion.cpp, cmd_man.cpp).

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace tidemark::cli {

// What a value names, where completion can offer the candidates. Stated once,
// at the option's definition (TakesVersion(cmd->add_option(...))); --help
// shows it as the value's type.
enum class ValueKind { kText, kVersion, kMigrationFile };

// The option takes migration versions ("20260520_103245"); --help: VERSION.
CLI::Option* TakesVersion(CLI::Option* option);
// The option takes migration files (or directories of them); --help: MIGRATION.
CLI::Option* TakesMigrationFiles(CLI::Option* option);

// The word `tidemark completion --list WORD` takes for a kind ("versions",
// "files"); empty for kText.
const char* CandidateListName(ValueKind kind);

struct OptionSpec {
  std::vector<std::string> flags;  // "-q", "--quiet"; empty for a positional
  std::string positional;          // a positional's name ("files"), else empty
  std::string description;
  std::string type;                  // "TEXT", "INT", "VERSION", ...; empty for a flag
  std::string default_value;         // as --help shows it; may be empty
  std::vector<std::string> choices;  // the values an IsMember check allows
  ValueKind kind = ValueKind::kText;
  bool takes_value = false;
  bool value_optional = false;  // --wait [DURATION]: completion treats it as a flag
  bool repeats = false;         // takes several values
  bool required = false;
};

struct CommandSpec {
  std::vector<std::string> path;  // {"migrate", "rollback"}; empty for tidemark itself
  std::string description;
  std::vector<OptionSpec> options;  // options first, then positionals, as --help lists them
  std::vector<CommandSpec> subcommands;

  std::string Name() const;  // "migrate rollback"; "" for tidemark itself
};

// Every visible command and option under `root` (hidden ones, CLI11's empty
// group, are left out, as --help leaves them out).
CommandSpec DescribeCommandTree(const CLI::App& root);

// `root` and every command below it, parents before their subcommands.
std::vector<const CommandSpec*> AllCommands(const CommandSpec& root);

}  // namespace tidemark::cli
