#include "cli/command_tree.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tidemark::cli {
namespace {

using ::testing::ElementsAre;

TEST(CommandTree, ReadsOptionsFlagsChoicesAndKinds) {
  CLI::App app{"tool: does things", "tool"};
  std::string format = "human", to, hidden;
  std::vector<std::string> files;
  bool quiet = false;
  app.add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"human", "json"}))
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "Quiet");
  app.add_option("--secret", hidden, "Not for people")->group("");
  std::string wait;
  app.add_option("--wait", wait, "Wait")->expected(0, 1);
  CLI::App* run = app.add_subcommand("run", "Run it");
  TakesVersion(run->add_option("--to", to, "Up to V"));
  TakesMigrationFiles(run->add_option("files", files, "Files"))->required();
  app.add_subcommand("internal", "Hidden")->group("");

  CommandSpec root = DescribeCommandTree(app);
  EXPECT_EQ(root.Name(), "");
  ASSERT_EQ(root.options.size(), 4u);  // -h,--help; --format; -q,--quiet; --wait
  const OptionSpec& help = root.options[0];
  EXPECT_THAT(help.flags, ElementsAre("-h", "--help"));
  EXPECT_FALSE(help.takes_value);
  const OptionSpec& f = root.options[1];
  EXPECT_TRUE(f.takes_value);
  EXPECT_EQ(f.type, "TEXT");
  EXPECT_THAT(f.choices, ElementsAre("human", "json"));
  EXPECT_EQ(f.default_value, "human");
  EXPECT_EQ(f.kind, ValueKind::kText);
  EXPECT_THAT(root.options[2].flags, ElementsAre("-q", "--quiet"));
  EXPECT_FALSE(root.options[2].takes_value);
  EXPECT_TRUE(root.options[3].takes_value);
  EXPECT_TRUE(root.options[3].value_optional);
  EXPECT_FALSE(f.value_optional);

  ASSERT_EQ(root.subcommands.size(), 1u);  // "internal" is hidden
  const CommandSpec& r = root.subcommands[0];
  EXPECT_EQ(r.Name(), "run");
  EXPECT_EQ(r.description, "Run it");
  ASSERT_EQ(r.options.size(), 3u);  // -h,--help; --to; files (positionals last)
  EXPECT_EQ(r.options[1].kind, ValueKind::kVersion);
  EXPECT_EQ(r.options[1].type, "VERSION");
  const OptionSpec& positional = r.options[2];
  EXPECT_EQ(positional.positional, "files");
  EXPECT_TRUE(positional.flags.empty());
  EXPECT_EQ(positional.kind, ValueKind::kMigrationFile);
  EXPECT_TRUE(positional.repeats);
  EXPECT_TRUE(positional.required);

  std::vector<std::string> names;
  for (const CommandSpec* c : AllCommands(root)) names.push_back(c->Name());
  EXPECT_THAT(names, ElementsAre("", "run"));
  EXPECT_STREQ(CandidateListName(ValueKind::kVersion), "versions");
  EXPECT_STREQ(CandidateListName(ValueKind::kMigrationFile), "files");
  EXPECT_STREQ(CandidateListName(ValueKind::kText), "");
}

}  // namespace
}  // namespace tidemark::cli
