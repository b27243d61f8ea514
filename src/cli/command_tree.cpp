#include "cli/command_tree.h"

#include <string_view>

namespace tidemark::cli {
namespace {

// The type names that carry a ValueKind; --help prints them as the value's type.
constexpr std::string_view kVersionType = "VERSION";
constexpr std::string_view kMigrationType = "MIGRATION";

// "TEXT:{human,json}" -> "TEXT" and the choices {"human", "json"}: the type,
// then one ":"-separated description per validator, an IsMember set as "{a,b}".
void SplitTypeName(const std::string& full, OptionSpec* spec) {
  size_t colon = full.find(':');
  spec->type = full.substr(0, colon);
  while (colon != std::string::npos) {
    size_t next = full.find(':', colon + 1);
    std::string_view part = std::string_view(full).substr(colon + 1, next - colon - 1);
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      part = part.substr(1, part.size() - 2);
      while (!part.empty()) {
        size_t comma = part.find(',');
        spec->choices.emplace_back(part.substr(0, comma));
        part = comma == std::string_view::npos ? std::string_view() : part.substr(comma + 1);
      }
    }
    colon = next;
  }
}

OptionSpec DescribeOption(const CLI::Option& option) {
  OptionSpec spec;
  for (const std::string& s : option.get_snames()) spec.flags.push_back("-" + s);
  for (const std::string& l : option.get_lnames()) spec.flags.push_back("--" + l);
  if (spec.flags.empty()) spec.positional = option.get_name(true);
  spec.description = option.get_description();
  spec.takes_value = option.get_expected_max() > 0;  // 0 for a flag
  if (spec.takes_value) {
    SplitTypeName(option.get_type_name(), &spec);
    spec.default_value = option.get_default_str();
    spec.repeats = option.get_expected_max() > 1;
    spec.value_optional = option.get_expected_min() == 0;
  }
  if (spec.type == kVersionType) spec.kind = ValueKind::kVersion;
  if (spec.type == kMigrationType) spec.kind = ValueKind::kMigrationFile;
  spec.required = option.get_required();
  return spec;
}

CommandSpec DescribeCommand(const CLI::App& app, std::vector<std::string> path) {
  CommandSpec spec;
  spec.path = std::move(path);
  spec.description = app.get_description();
  auto visible = [](const CLI::Option* o) { return !o->get_group().empty(); };
  for (const CLI::Option* o : app.get_options(visible)) {
    if (o->nonpositional()) spec.options.push_back(DescribeOption(*o));
  }
  for (const CLI::Option* o : app.get_options(visible)) {
    if (!o->nonpositional()) spec.options.push_back(DescribeOption(*o));
  }
  for (const CLI::App* sub :
       app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
    std::vector<std::string> sub_path = spec.path;
    sub_path.push_back(sub->get_name());
    spec.subcommands.push_back(DescribeCommand(*sub, std::move(sub_path)));
  }
  return spec;
}

}  // namespace

CLI::Option* TakesVersion(CLI::Option* option) {
  return option->type_name(std::string(kVersionType));
}

CLI::Option* TakesMigrationFiles(CLI::Option* option) {
  return option->type_name(std::string(kMigrationType));
}

const char* CandidateListName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kVersion:
      return "versions";
    case ValueKind::kMigrationFile:
      return "files";
    case ValueKind::kText:
      break;
  }
  return "";
}

std::string CommandSpec::Name() const {
  std::string name;
  for (const std::string& word : path) name += (name.empty() ? "" : " ") + word;
  return name;
}

CommandSpec DescribeCommandTree(const CLI::App& root) { return DescribeCommand(root, {}); }

std::vector<const CommandSpec*> AllCommands(const CommandSpec& root) {
  std::vector<const CommandSpec*> all{&root};
  for (const CommandSpec& sub : root.subcommands) {
    std::vector<const CommandSpec*> below = AllCommands(sub);
    all.insert(all.end(), below.begin(), below.end());
  }
  return all;
}

}  // namespace tidemark::cli
