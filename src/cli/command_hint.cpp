#include "cli/command_hint.h"

#include <fmt/format.h>

#include <string_view>
#include <vector>

#include "analyzer/lint/registry.h"

namespace tidemark::cli {
namespace {

// The option `name` ("--dir", "-v") of `app` or an app above it.
const CLI::Option* FindOption(CLI::App* app, const std::string& name) {
  for (CLI::App* a = app; a != nullptr; a = a->get_parent()) {
    if (const CLI::Option* opt = a->get_option_no_throw(name)) return opt;
  }
  return nullptr;
}

}  // namespace

std::string UnknownCommandHint(CLI::App& app, int argc, const char* const* argv) {
  CLI::App* current = &app;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") return "";
    if (arg.size() > 1 && arg[0] == '-') {
      if (arg.find('=') != std::string::npos) continue;
      const CLI::Option* opt = FindOption(current, arg);
      if (opt != nullptr && opt->get_type_size_min() > 0) ++i;  // its value
      continue;
    }
    std::vector<CLI::App*> subcommands = current->get_subcommands({});
    if (subcommands.empty()) return "";  // a positional argument of a command
    CLI::App* next = nullptr;
    std::vector<std::string> names;
    for (CLI::App* sub : subcommands) {
      if (sub->check_name(arg)) next = sub;
      names.push_back(sub->get_name());
    }
    if (next != nullptr) {
      current = next;
      continue;
    }
    std::string where = current == &app ? "tidemark" : "tidemark " + current->get_name();
    std::string suggestion = analyzer::lint::Nearest(arg, names);
    if (!suggestion.empty()) {
      return fmt::format("unknown command \"{}\" (did you mean `{} {}`?)", arg, where, suggestion);
    }
    return fmt::format("unknown command \"{}\"; `{} --help` lists the commands", arg, where);
  }
  return "";
}

}  // namespace tidemark::cli
