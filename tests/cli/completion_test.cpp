// The completion scripts and the man page list what --help lists: every
// command and option, read from --help's text through the binary, must be in
// `tidemark completion bash` and `tidemark man`. And the candidates the
// scripts ask for (`completion --list`).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Words split at whitespace and at the separators of option lists.
std::set<std::string> Words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (std::string_view(" \t\n,|[]'").find(c) != std::string_view::npos) {
      if (!word.empty()) words.insert(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return words;
}

// One command as `tidemark PATH --help` shows it.
struct HelpPage {
  std::vector<std::string> path;
  std::vector<std::string> options;  // "-h", "--help", "--dir", ...
  std::vector<std::string> positionals;
  std::vector<std::string> subcommands;

  std::string Name() const {
    std::string name;
    for (const auto& w : path) name += (name.empty() ? "" : " ") + w;
    return name;
  }
};

HelpPage ReadHelp(const std::vector<std::string>& path) {
  std::vector<std::string> args = path;
  args.push_back("--help");
  testing::ProcessResult r = testing::RunTidemark(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  HelpPage page{path, {}, {}, {}};
  std::vector<std::string>* section = nullptr;
  for (const std::string& line : Lines(r.out)) {
    if (line == "Options:") section = &page.options;
    if (line == "Positionals:") section = &page.positionals;
    if (line == "Subcommands:") section = &page.subcommands;
    // Any other heading ends a section: "Global options (...)" lists the
    // root's options again, which the root page already has.
    if (!line.empty() && line[0] != ' ' && line != "Options:" && line != "Positionals:" &&
        line != "Subcommands:") {
      section = nullptr;
    }
    // An entry starts two spaces in; its wrapped description further in.
    if (section == nullptr || line.size() < 3 || line.rfind("  ", 0) != 0 || line[2] == ' ') {
      continue;
    }
    std::string first = line.substr(2, line.find(' ', 2) - 2);
    if (section == &page.options) {
      std::istringstream names(first);
      for (std::string name; std::getline(names, name, ',');) page.options.push_back(name);
    } else {
      section->push_back(first);
    }
  }
  return page;
}

std::vector<HelpPage> AllHelpPages() {
  std::vector<HelpPage> pages{ReadHelp({})};
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const std::string& sub : std::vector<std::string>(pages[i].subcommands)) {
      std::vector<std::string> path = pages[i].path;
      path.push_back(sub);
      pages.push_back(ReadHelp(path));
    }
  }
  return pages;
}

// The body of shell function `name` in `script`.
std::string FunctionBody(const std::string& script, const std::string& name) {
  size_t begin = script.find(name + "() {\n");
  if (begin == std::string::npos) return "";
  size_t end = script.find("\n}\n", begin);
  return script.substr(begin, end - begin);
}

// The words of the case arm for `key` in a function body: `    ('key') echo 'w w' ;;`.
std::set<std::string> ArmWords(const std::string& body, const std::string& key) {
  std::string start = "    ('" + key + "') echo '";
  size_t at = body.find(start);
  if (at == std::string::npos) return {};
  at += start.size();
  return Words(body.substr(at, body.find('\'', at) - at));
}

// The man page's roff with the escapes of names undone, cut at .SH/.SS lines:
// heading -> text.
std::map<std::string, std::string> ManSections(std::string roff) {
  for (const char* escape : {"\\fB", "\\fI", "\\fR", "\\&"}) {
    for (size_t at; (at = roff.find(escape)) != std::string::npos;) roff.erase(at, 3);
  }
  for (size_t at; (at = roff.find("\\-")) != std::string::npos;) roff.erase(at, 1);
  std::map<std::string, std::string> sections;
  std::string* current = nullptr;
  for (const std::string& line : Lines(roff)) {
    if (line.rfind(".SH ", 0) == 0 || line.rfind(".SS ", 0) == 0) {
      std::string heading = line.substr(4);
      heading.erase(std::remove(heading.begin(), heading.end(), '"'), heading.end());
      current = &sections[heading];
      continue;
    }
    if (current != nullptr) *current += line + "\n";
  }
  return sections;
}

TEST(Completion, BashScriptListsEveryCommandAndOptionOfHelp) {
  testing::ProcessResult bash = testing::RunTidemark({"completion", "bash"});
  ASSERT_EQ(bash.exit_code, 0) << bash.err;
  std::string commands = FunctionBody(bash.out, "_tidemark_commands");
  std::string options = FunctionBody(bash.out, "_tidemark_options");
  ASSERT_FALSE(commands.empty());
  ASSERT_FALSE(options.empty());
  std::vector<HelpPage> pages = AllHelpPages();
  ASSERT_GE(pages.size(), 14u);  // tidemark, migrate and its commands, lint, completion
  for (const HelpPage& page : pages) {
    SCOPED_TRACE("tidemark " + page.Name());
    EXPECT_FALSE(page.options.empty());
    std::set<std::string> listed = ArmWords(options, page.Name());
    for (const std::string& option : page.options) EXPECT_TRUE(listed.count(option)) << option;
    std::set<std::string> subcommands = ArmWords(commands, page.Name());
    for (const std::string& sub : page.subcommands) EXPECT_TRUE(subcommands.count(sub)) << sub;
    EXPECT_EQ(subcommands.size(), page.subcommands.size());  // and nothing hidden
  }
}

TEST(Completion, ManPageListsEveryCommandAndOptionOfHelp) {
  testing::ProcessResult man = testing::RunTidemark({"man"});
  ASSERT_EQ(man.exit_code, 0) << man.err;
  std::map<std::string, std::string> sections = ManSections(man.out);
  for (const HelpPage& page : AllHelpPages()) {
    SCOPED_TRACE("tidemark " + page.Name());
    std::string heading = page.path.empty() ? "GLOBAL OPTIONS" : "tidemark " + page.Name();
    ASSERT_TRUE(sections.count(heading)) << heading;
    std::set<std::string> words = Words(sections[heading]);
    for (const std::string& option : page.options) {
      // Each command's own -h/--help is said once, in SYNOPSIS.
      if (!page.path.empty() && (option == "-h" || option == "--help")) continue;
      EXPECT_TRUE(words.count(option)) << option;
    }
    for (const std::string& positional : page.positionals) {
      EXPECT_TRUE(words.count(positional)) << positional;
    }
  }
  EXPECT_FALSE(sections.count("tidemark man"));  // hidden, as in --help
}

TEST(Completion, ManPageSaysExitStatusEnvironmentAndFiles) {
  testing::ProcessResult man = testing::RunTidemark({"man"});
  std::map<std::string, std::string> sections = ManSections(man.out);
  for (const char* heading :
       {"NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "ENVIRONMENT", "FILES", "SEE ALSO"}) {
    EXPECT_TRUE(sections.count(heading)) << heading;
  }
  std::set<std::string> codes = Words(sections["EXIT STATUS"]);
  for (const char* code : {"0", "1", "2", "3", "4", "5", "6"})
    EXPECT_TRUE(codes.count(code)) << code;
  EXPECT_THAT(sections["ENVIRONMENT"], HasSubstr("DATABASE_URL"));
  EXPECT_THAT(sections["ENVIRONMENT"], HasSubstr("NO_COLOR"));
  EXPECT_THAT(sections["FILES"], HasSubstr(".tidemark.yml"));
  EXPECT_THAT(man.out, HasSubstr(".TH TIDEMARK 1"));
}

// groff with every warning on finds nothing to say about the page.
TEST(Completion, ManPageHasNoRoffWarnings) {
  testing::TempDir dir;
  testing::ProcessResult man = testing::RunTidemark({"man"});
  dir.Write("tidemark.1", man.out);
  std::string command = "groff -man -ww -z '" + (dir.path() / "tidemark.1").string() + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string warnings;
  char buffer[512];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) warnings.append(buffer, n);
  int status = pclose(pipe);
  EXPECT_EQ(status, 0) << "groff is needed (scripts/install-deps.sh): " << warnings;
  EXPECT_EQ(warnings, "");
}

TEST(Completion, HelpShowsTheKindOfVersionAndFileValues) {
  EXPECT_THAT(testing::RunTidemark({"migrate", "rollback", "--help"}).out,
              HasSubstr("--to VERSION"));
  EXPECT_THAT(testing::RunTidemark({"migrate", "baseline", "--help"}).out, HasSubstr("V VERSION"));
  EXPECT_THAT(testing::RunTidemark({"migrate", "undo", "--help"}).out,
              HasSubstr("files MIGRATION ..."));
}

class CompletionList : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"0010_later.sql", "0002_phone.sql", "0002_phone_undo.sql",
                             "1_2_split.sql", "notes.sql", "0001_users.sql", "README.md"}) {
      dir_.Write(std::string("db/") + name, "SELECT 1;\n");
    }
  }
  testing::ProcessResult List(const std::string& what) {
    return testing::RunTidemark(
        {"--dir", (dir_.path() / "db").string(), "completion", "--list", what});
  }
  testing::TempDir dir_;
};

TEST_F(CompletionList, VersionsInVersionOrderWithoutUndoFiles) {
  testing::ProcessResult r = List("versions");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(Lines(r.out), ElementsAre("0001", "1_2", "0002", "0010"));
}

TEST_F(CompletionList, FilesArePathsUnderTheDirectory) {
  testing::ProcessResult r = List("files");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string db = (dir_.path() / "db").string() + "/";
  EXPECT_THAT(Lines(r.out), ElementsAre(db + "0001_users.sql", db + "1_2_split.sql",
                                        db + "0002_phone.sql", db + "0010_later.sql"));
}

TEST_F(CompletionList, AMissingDirectoryHasNoCandidates) {
  testing::ProcessResult r = testing::RunTidemark(
      {"--dir", (dir_.path() / "none").string(), "completion", "--list", "versions"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
}

TEST(Completion, NeedsAKnownShell) {
  testing::ProcessResult none = testing::RunTidemark({"completion"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_THAT(none.err, HasSubstr("completion needs a shell: bash, zsh or fish"));
  EXPECT_EQ(testing::RunTidemark({"completion", "tcsh"}).exit_code, 2);
  EXPECT_EQ(testing::RunTidemark({"completion", "--list", "tables"}).exit_code, 2);
  for (const char* shell : {"bash", "zsh", "fish"}) {
    testing::ProcessResult r = testing::RunTidemark({"completion", shell});
    EXPECT_EQ(r.exit_code, 0) << shell;
    EXPECT_THAT(r.out, HasSubstr("completion for tidemark")) << shell;
  }
}

}  // namespace
}  // namespace tidemark::cli
