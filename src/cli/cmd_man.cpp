// `tidemark man` (hidden): the man page tidemark(1) in roff, written from the
// command tree at build time, so it lists exactly what --help lists.
#include <fmt/format.h>

#include <string_view>

#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

#ifndef TIDEMARK_VERSION
#define TIDEMARK_VERSION "0.0.0"
#endif

namespace tidemark::cli {
namespace {

// Text for roff: backslashes and minus signs escaped, and a leading control
// character ('.' or '\'') made plain.
std::string Roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::string Bold(std::string_view text) { return "\\fB" + Roff(text) + "\\fR"; }
std::string Italic(std::string_view text) { return "\\fI" + Roff(text) + "\\fR"; }

bool IsHelpFlag(const OptionSpec& option) {
  return !option.flags.empty() && option.flags.back() == "--help";
}

// "--format human|json", "-q, --quiet", "N", "--disable TEXT ..."
std::string OptionTag(const OptionSpec& option) {
  std::string tag;
  for (const std::string& flag : option.flags) tag += (tag.empty() ? "" : ", ") + Bold(flag);
  if (!option.positional.empty()) {
    tag = Italic(option.positional);
  } else if (!option.choices.empty()) {
    std::string choices;
    for (const std::string& c : option.choices) choices += (choices.empty() ? "" : "|") + Bold(c);
    tag += " " + choices;
  } else if (option.takes_value) {
    tag += " " + Italic(option.type);
  }
  if (option.repeats) tag += " ...";
  return tag;
}

std::string OptionText(const OptionSpec& option) {
  std::string text = Roff(option.description);
  if (!option.default_value.empty()) text += " (default: " + Roff(option.default_value) + ")";
  if (option.required) text += " (required)";
  return text;
}

void WriteOptions(const CommandSpec& command, std::string* out) {
  for (const OptionSpec& option : command.options) {
    if (IsHelpFlag(option) && !command.path.empty()) continue;  // said once, in SYNOPSIS
    *out += ".TP\n" + OptionTag(option) + "\n" + OptionText(option) + "\n";
  }
}

// "tidemark migrate rollback [options] [N]"
std::string Synopsis(const CommandSpec& command) {
  std::string line = Bold("tidemark " + command.Name());
  bool has_options = false;
  for (const OptionSpec& option : command.options) {
    has_options = has_options || (!option.flags.empty() && !IsHelpFlag(option));
  }
  if (has_options) line += " [" + Italic("options") + "]";
  if (!command.subcommands.empty()) line += " " + Italic("command");
  for (const OptionSpec& option : command.options) {
    if (option.positional.empty()) continue;
    std::string word = Italic(option.positional) + (option.repeats ? " ..." : "");
    line += option.required ? " " + word : " [" + word + "]";
  }
  return line;
}

void WriteCommands(const CommandSpec& root, std::string* out) {
  for (const CommandSpec* command : AllCommands(root)) {
    if (command->path.empty()) continue;
    *out += ".SS \"" + Roff("tidemark " + command->Name()) + "\"\n";
    std::string synopsis = Synopsis(*command);
    if (synopsis != Bold("tidemark " + command->Name())) *out += synopsis + "\n.PP\n";
    *out += Roff(command->description) + ".\n";
    WriteOptions(*command, out);
  }
}

constexpr std::string_view kDescription = R"roff(.SH DESCRIPTION
Teams write migrations as plain SQL files, one per migration, named
\fIVERSION\fR_\fIlabel\fR.sql (for example 20260520_103245_add_users_phone.sql)
in a migrations directory.
tidemark reads them with PostgreSQL's own parser, tells for every statement
whether and how it can be undone, what lock it takes and whether it rewrites
the table, writes the Down SQL where it can, applies and rolls back
migrations in transactions, and proves each Down on a real PostgreSQL.
.PP
A file holds an Up section and optionally a Down section, marked by
\fB\-\-\ +migrate\ Up\fR and \fB\-\-\ +migrate\ Down\fR lines, or its Down
SQL is a separate \fIVERSION\fR_\fIlabel\fR_undo.sql file.
.PP
Global options may come before or after the command.
Flags win over the environment, which wins over the configuration file.
Results go to standard output; errors, warnings and logs, prefixed with
\(lqtidemark:\(rq, to standard error.
)roff";

constexpr std::string_view kEnvironment = R"roff(.SH ENVIRONMENT
.TP
.B DATABASE_URL
The database to migrate, when \fB\-\-database\-url\fR is not given; it wins
over the configuration file.
.TP
.BR PGHOST ", " PGPORT ", " PGUSER ", " PGPASSWORD ", " PGDATABASE ", ..."
Without a URL, libpq's connection variables and \fI~/.pgpass\fR name the
database.
.TP
.B TIDEMARK_ENV
The environment of the configuration file whose keys apply, when
\fB\-\-env\fR is not given.
.TP
.B NO_COLOR
When set and not empty, no colour, unless \fB\-\-color always\fR.
.TP
.B TMPDIR
Where \fBmigrate verify\fR creates its throwaway PostgreSQL cluster.
)roff";

constexpr std::string_view kFiles = R"roff(.SH FILES
.TP
.I .tidemark.yml
The configuration file in the working directory (\fB\-\-config\fR names
another): dir, database_url, schema, lock_timeout, migrate and lint keys.
An unknown key is an error.
.TP
.I .pg\-flux.yml
Read for migrations_dir, migrate.format and migrate.generate_undo when there
is no \fI.tidemark.yml\fR.
.TP
.I migrations/
The default migrations directory (\fB\-\-dir\fR).
.SH SEE ALSO
.BR psql (1),
.BR pg_dump (1).
The README.md and docs/ installed with tidemark describe every command with
examples.
)roff";

std::string ManPage(const CommandSpec& root) {
  std::string summary = root.description;
  if (std::string_view prefix = "tidemark: "; summary.starts_with(prefix)) {
    summary = summary.substr(prefix.size());
  }
  std::string out =
      fmt::format(".TH TIDEMARK 1 \"\" \"tidemark {}\" \"User Commands\"\n", TIDEMARK_VERSION);
  out += ".SH NAME\ntidemark \\- " + Roff(summary) + "\n";
  out += ".SH SYNOPSIS\n" + Bold("tidemark") + " [" + Italic("global options") + "] " +
         Italic("command") + " [" + Italic("options") + "] [" + Italic("arguments") + "]\n.br\n" +
         Bold("tidemark") + " [" + Italic("command") + "] " + Bold("--help") + "\n";
  out += kDescription;
  out += ".SH GLOBAL OPTIONS\n";
  WriteOptions(root, &out);
  out += ".SH COMMANDS\n";
  WriteCommands(root, &out);
  out += ".SH EXIT STATUS\n";
  for (const ExitCodeMeaning& e : kExitCodeMeanings) {
    out += fmt::format(".TP\n.B {}\n{}\n", e.code, Roff(e.meaning));
  }
  out += kEnvironment;
  out += kFiles;
  return out;
}

}  // namespace

void RegisterMan(CLI::App* root, CommandList* commands) {
  CLI::App* cmd = root->add_subcommand("man", "Print the man page tidemark(1) in roff");
  cmd->group("");  // run by the build, not by people
  commands->push_back({cmd, [root](Context& ctx) {
                         ctx.Out() << ManPage(DescribeCommandTree(*root));
                         return kExitOk;
                       }});
}

}  // namespace tidemark::cli
