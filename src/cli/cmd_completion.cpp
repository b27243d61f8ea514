// `tidemark completion bash|zsh|fish`: a completion script written from the
// command tree, so it completes exactly what --help lists. The scripts call
// back `tidemark [--dir D] [--config F] completion --list versions|files`
// (hidden) for the migration versions and files of the directory.
#include <algorithm>
#include <filesystem>
#include <optional>

#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/completion_scripts.h"
#include "cli/exit_codes.h"
#include "parser/version.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;

struct CompletionOptions {
  std::string shell;
  std::string list;  // "versions" or "files": print the candidates, not a script
};

// The forward migrations of --dir, in version order: a version per line, or
// a path per line. Names only: a file that does not parse is still offered.
int ListCandidates(Context& ctx, const std::string& what) {
  std::vector<std::pair<parser::Version, fs::path>> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(ctx.options.dir, ec)) {
    std::string name = entry.path().filename().string();
    std::optional<parser::MigrationName> parsed = parser::ParseMigrationName(name);
    if (parsed && !parsed->is_undo) found.emplace_back(parsed->version, entry.path());
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [version, path] : found) {
    ctx.Out() << (what == CandidateListName(ValueKind::kVersion) ? version.text() : path.string())
              << "\n";
  }
  return kExitOk;
}

int RunCompletion(Context& ctx, const CLI::App& root, const CompletionOptions& o) {
  if (!o.list.empty()) return ListCandidates(ctx, o.list);
  CommandSpec tree = DescribeCommandTree(root);
  if (o.shell == "bash") {
    ctx.Out() << BashCompletionScript(tree);
  } else if (o.shell == "zsh") {
    ctx.Out() << ZshCompletionScript(tree);
  } else if (o.shell == "fish") {
    ctx.Out() << FishCompletionScript(tree);
  } else {
    ctx.Error("completion needs a shell: bash, zsh or fish");
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void RegisterCompletion(CLI::App* root, CommandList* commands) {
  CLI::App* cmd = root->add_subcommand(
      "completion", "Print a shell completion script (source <(tidemark completion bash))");
  auto o = std::make_shared<CompletionOptions>();
  cmd->add_option("shell", o->shell, "The shell to complete for")
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  cmd->add_option("--list", o->list, "The migration versions or files of --dir, one a line")
      ->check(CLI::IsMember(
          {CandidateListName(ValueKind::kVersion), CandidateListName(ValueKind::kMigrationFile)}))
      ->group("");  // for the scripts, not for people
  commands->push_back({cmd, [o, root](Context& ctx) { return RunCompletion(ctx, *root, *o); }});
}

}  // namespace tidemark::cli
