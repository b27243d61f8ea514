#include "cli/completion_scripts.h"

#include <fmt/format.h>

#include <string_view>
#include <vector>

namespace tidemark::cli {
namespace {

// How a script completes a value: "choices WORD...", "versions", "files"
// (the words `completion --list` takes) or "text" (the shell's own file
// completion). The bash and zsh scripts share these words.
std::string ValueSpec(const OptionSpec& option) {
  if (!option.choices.empty())
    return "choices " + fmt::format("{}", fmt::join(option.choices, " "));
  if (option.kind != ValueKind::kText) return CandidateListName(option.kind);
  return "text";
}

// An option whose next word is its value. One whose value is optional
// (--wait [DURATION]) never takes the next word: it may be a command.
bool TakesRequiredValue(const OptionSpec& option) {
  return option.takes_value && !option.value_optional && !option.flags.empty();
}

// The first positional of `command`: what the words after its options are.
const OptionSpec* FirstPositional(const CommandSpec& command) {
  for (const OptionSpec& option : command.options) {
    if (!option.positional.empty()) return &option;
  }
  return nullptr;
}

// A word for a POSIX shell, zsh or fish, in single quotes.
std::string Quote(std::string_view text, bool fish) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += fish ? "\\'" : "'\\''";
    } else if (c == '\\' && fish) {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string ShellQuote(std::string_view text) { return Quote(text, false); }

std::string CommandNames(const CommandSpec& command) {
  std::vector<std::string> names;
  for (const CommandSpec& sub : command.subcommands) names.push_back(sub.path.back());
  return fmt::format("{}", fmt::join(names, " "));
}

// The case arms shared by bash and zsh: `_tidemark_value PATH OPTION` and
// `_tidemark_positional PATH` print (bash) or set REPLY to (zsh) the value spec.
std::string ValueArms(const CommandSpec& root, std::string_view emit) {
  std::string out;
  for (const CommandSpec* command : AllCommands(root)) {
    for (const OptionSpec& option : command->options) {
      if (!TakesRequiredValue(option)) continue;
      for (const std::string& flag : option.flags) {
        out += fmt::format("    ({}) {}{} ;;\n", ShellQuote(command->Name() + "/" + flag), emit,
                           ShellQuote(ValueSpec(option)));
      }
    }
  }
  return out;
}

std::string PositionalArms(const CommandSpec& root, std::string_view emit) {
  std::string out;
  for (const CommandSpec* command : AllCommands(root)) {
    if (const OptionSpec* positional = FirstPositional(*command)) {
      out += fmt::format("    ({}) {}{} ;;\n", ShellQuote(command->Name()), emit,
                         ShellQuote(ValueSpec(*positional)));
    }
  }
  return out;
}

constexpr std::string_view kBashHeader =
    R"sh(# bash completion for tidemark, written by `tidemark completion bash` from the
# command tree that parses tidemark's command line.
# Load it with `source <(tidemark completion bash)`, or install it as
# share/bash-completion/completions/tidemark.

)sh";

constexpr std::string_view kBashEngine = R"sh(
# The value spec of option $2 as command $1 sees it: its own, else that of a
# command above it (global options may follow the command).
_tidemark_lookup() {
  local at=$1 spec
  while :; do
    spec=$(_tidemark_value "$at" "$2")
    if [[ -n $spec ]]; then
      echo "$spec"
      return 0
    fi
    [[ -z $at ]] && return 1
    if [[ $at == *' '* ]]; then at=${at% *}; else at=''; fi
  done
}

_tidemark_expand() {
  if [[ $1 == '~/'* ]]; then echo "$HOME/${1#'~/'}"; else echo "$1"; fi
}

# Fills COMPREPLY for the word $cur from a value spec.
_tidemark_offer() {
  local spec=$1 words
  case $spec in
    'choices '*)
      words=${spec#choices }
      words=${words// /$'\n'} ;;
    versions | files)
      words=$("$(_tidemark_expand "${COMP_WORDS[0]}")" "${where[@]}" completion --list "$spec" 2>/dev/null) ;;
    *) return 0 ;;
  esac
  local IFS=$'\n'
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}

_tidemark() {
  local cur=${COMP_WORDS[COMP_CWORD]} cmdpath='' pending='' word i
  local -a where=()
  COMPREPLY=()
  # The words before the cursor: commands to descend into, option values to
  # skip, --dir and --config to pass on to the candidate lists.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ -n $pending ]]; then
      [[ $word == '=' ]] && continue # --option=value, split by COMP_WORDBREAKS
      if [[ $pending == --dir || $pending == --config ]]; then
        where+=("$pending" "$(_tidemark_expand "$word")")
      fi
      pending=''
      continue
    fi
    case $word in
      -*) if _tidemark_lookup "$cmdpath" "$word" >/dev/null; then pending=$word; fi ;;
      *) if [[ " $(_tidemark_commands "$cmdpath") " == *" $word "* ]]; then
        cmdpath=${cmdpath:+$cmdpath }$word
      fi ;;
    esac
  done
  if [[ -n $pending ]]; then
    [[ $cur == '=' ]] && cur=''
    _tidemark_offer "$(_tidemark_lookup "$cmdpath" "$pending")"
    return 0
  fi
  if [[ $cur == -* ]]; then
    local options=' ' at=$cmdpath option
    while :; do
      for option in $(_tidemark_options "$at"); do
        [[ $options == *" $option "* ]] || options+="$option "
      done
      [[ -z $at ]] && break
      if [[ $at == *' '* ]]; then at=${at% *}; else at=''; fi
    done
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
    return 0
  fi
  local commands
  commands=$(_tidemark_commands "$cmdpath")
  if [[ -n $commands ]]; then
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    return 0
  fi
  _tidemark_offer "$(_tidemark_positional "$cmdpath")"
}

complete -o default -F _tidemark tidemark
)sh";

constexpr std::string_view kZshHeader = R"sh(#compdef tidemark
# zsh completion for tidemark, written by `tidemark completion zsh` from the
# command tree that parses tidemark's command line.
# Load it with `source <(tidemark completion zsh)`, or install it as _tidemark
# in a folder of $fpath (share/zsh/vendor-completions on Debian).

)sh";

constexpr std::string_view kZshEngine = R"sh(
# REPLY: the value spec of option $2 as command $1 sees it: its own, else that
# of a command above it (global options may follow the command).
_tidemark_lookup() {
  local at=$1
  while true; do
    _tidemark_value "$at" "$2"
    [[ -n $REPLY ]] && return 0
    [[ -z $at ]] && return 1
    if [[ $at == *' '* ]]; then at=${at% *}; else at=''; fi
  done
}

# Offers the candidates of a value spec.
_tidemark_offer() {
  local -a values
  case $1 in
    ('choices '*) values=(${=${1#choices }}); compadd -a values ;;
    (versions|files)
      values=(${(f)"$(${words[1]/#\~/$HOME} "${where[@]}" completion --list $1 2>/dev/null)"})
      compadd -a values || { [[ $1 == files ]] && _files } ;;
    (text) _files ;;
  esac
}

_tidemark() {
  local cmdpath='' pending='' word i at
  local -a where opts cmds
  typeset -U opts
  # The words before the cursor: commands to descend into, option values to
  # skip, --dir and --config to pass on to the candidate lists.
  for (( i = 2; i < CURRENT; i++ )); do
    word=${words[i]}
    if [[ -n $pending ]]; then
      [[ $pending == (--dir|--config) ]] && where+=($pending ${word/#\~/$HOME})
      pending=''
      continue
    fi
    case $word in
      (--*=*) [[ ${word%%=*} == (--dir|--config) ]] && where+=($word) ;;
      (-*) _tidemark_lookup "$cmdpath" "$word" && pending=$word ;;
      (*) _tidemark_commands "$cmdpath"
        (( ${reply[(I)${word}:*]} )) && cmdpath=${cmdpath:+$cmdpath }$word ;;
    esac
  done
  local cur=${words[CURRENT]}
  if [[ -n $pending ]]; then
    _tidemark_lookup "$cmdpath" "$pending" && _tidemark_offer "$REPLY"
    return
  fi
  if [[ $cur == --*=* ]]; then
    _tidemark_lookup "$cmdpath" "${cur%%=*}" || return 1
    compset -P '*='
    _tidemark_offer "$REPLY"
    return
  fi
  if [[ $cur == -* ]]; then
    at=$cmdpath
    while true; do
      _tidemark_options "$at"
      opts+=($reply)
      [[ -z $at ]] && break
      if [[ $at == *' '* ]]; then at=${at% *}; else at=''; fi
    done
    _describe -t options 'option' opts
    return
  fi
  _tidemark_commands "$cmdpath"
  if (( $#reply )); then
    cmds=($reply)
    _describe -t commands 'command' cmds
    return
  fi
  _tidemark_positional "$cmdpath"
  [[ -n $REPLY ]] && _tidemark_offer "$REPLY"
}

if [[ $funcstack[1] == _tidemark ]]; then
  _tidemark "$@"
else
  compdef _tidemark tidemark
fi
)sh";

constexpr std::string_view kFishHeader =
    R"sh(# fish completion for tidemark, written by `tidemark completion fish` from the
# command tree that parses tidemark's command line.
# Load it with `tidemark completion fish | source`, or install it as
# share/fish/vendor_completions.d/tidemark.fish.

)sh";

constexpr std::string_view kFishEngine = R"sh(
# The command path of the words before the cursor ("" for tidemark itself).
function __tidemark_path
    set -l cmdpath ''
    set -l pending 0
    for word in (commandline -opc)[2..-1]
        if test $pending = 1
            set pending 0
            continue
        end
        switch $word
            case '--*=*'
            case '-*'
                __tidemark_takes_value "$cmdpath" $word; and set pending 1
            case '*'
                set -l next (string trim -- "$cmdpath $word")
                contains -- $next $__tidemark_commands; and set cmdpath $next
        end
    end
    echo $cmdpath
end

# Whether option $argv[2] takes a value as command $argv[1] sees it (its own,
# or one of a command above it: global options may follow the command).
function __tidemark_takes_value -a at option
    while true
        contains -- "$at/$option" $__tidemark_valued; and return 0
        test -z "$at"; and return 1
        set at (string replace -r ' ?[^ ]+$' '' -- "$at")
    end
end

function __tidemark_at -a cmdpath
    test "$(__tidemark_path)" = "$cmdpath"
end

function __tidemark_in -a cmdpath
    set -l at "$(__tidemark_path)"
    test "$at" = "$cmdpath"; or string match -q -- "$cmdpath *" "$at"
end

# Versions or files from the binary being completed, with --dir and --config
# as typed.
function __tidemark_list -a what
    set -l words (commandline -opc)
    set -l where
    for i in (seq 2 (count $words))
        switch $words[$i]
            case '--dir=*' '--config=*'
                set -a where $words[$i]
            case --dir --config
                if test $i -lt (count $words)
                    set -a where $words[$i] (string replace -r '^~' $HOME -- $words[(math $i + 1)])
                end
        end
    end
    set -l tm (string replace -r '^~' $HOME -- $words[1])
    command $tm $where completion --list $what 2>/dev/null
end

complete -c tidemark -f
)sh";

std::string BashCommandArms(const CommandSpec& root) {
  std::string out;
  for (const CommandSpec* command : AllCommands(root)) {
    if (command->subcommands.empty()) continue;
    out += fmt::format("    ({}) echo {} ;;\n", ShellQuote(command->Name()),
                       ShellQuote(CommandNames(*command)));
  }
  return out;
}

std::string BashOptionArms(const CommandSpec& root) {
  std::string out;
  for (const CommandSpec* command : AllCommands(root)) {
    std::vector<std::string> flags;
    for (const OptionSpec& option : command->options) {
      flags.insert(flags.end(), option.flags.begin(), option.flags.end());
    }
    out += fmt::format("    ({}) echo {} ;;\n", ShellQuote(command->Name()),
                       ShellQuote(fmt::format("{}", fmt::join(flags, " "))));
  }
  return out;
}

// zsh's `name:description` items, one shell word each.
std::string ZshItems(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string words;
  for (const auto& [name, description] : items) {
    words += (words.empty() ? "" : " ") + ShellQuote(fmt::format("{}:{}", name, description));
  }
  return words;
}

std::string ZshCommandArms(const CommandSpec& root) {
  std::string out;
  for (const CommandSpec* command : AllCommands(root)) {
    if (command->subcommands.empty()) continue;
    std::vector<std::pair<std::string, std::string>> items;
    for (const CommandSpec& sub : command->subcommands) {
      items.emplace_back(sub.path.back(), sub.description);
    }
    out += fmt::format("    ({}) reply=({}) ;;\n", ShellQuote(command->Name()), ZshItems(items));
  }
  return out;
}

std::string ZshOptionArms(const CommandSpec& root) {
  std::string out;
  for (const CommandSpec* command : AllCommands(root)) {
    std::vector<std::pair<std::string, std::string>> items;
    for (const OptionSpec& option : command->options) {
      for (const std::string& flag : option.flags) items.emplace_back(flag, option.description);
    }
    out += fmt::format("    ({}) reply=({}) ;;\n", ShellQuote(command->Name()), ZshItems(items));
  }
  return out;
}

std::string FishQuote(std::string_view text) { return Quote(text, true); }

// The -r/-x/-F/-a part of a fish `complete` line for an option's value or a
// positional: -x where only the candidates fit, -F where files do too.
std::string FishValue(const OptionSpec& option) {
  bool positional = !option.positional.empty();
  if (!option.choices.empty()) {
    return (positional ? "-a " : "-x -a ") +
           FishQuote(fmt::format("{}", fmt::join(option.choices, " ")));
  }
  switch (option.kind) {
    case ValueKind::kVersion:
      return fmt::format("{}-a '(__tidemark_list {})'", positional ? "" : "-x ",
                         CandidateListName(option.kind));
    case ValueKind::kMigrationFile:
      return fmt::format("{}-F -a '(__tidemark_list {})'", positional ? "" : "-r ",
                         CandidateListName(option.kind));
    case ValueKind::kText:
      break;
  }
  return positional ? "-F" : "-r -F";
}

std::string FishCommandLines(const CommandSpec& command) {
  std::string out;
  std::string at = FishQuote(command.Name());
  std::string in_condition =
      command.path.empty() ? "" : fmt::format("-n {} ", FishQuote("__tidemark_in " + at));
  for (const CommandSpec& sub : command.subcommands) {
    out += fmt::format("complete -c tidemark -n {} -a {} -d {}\n", FishQuote("__tidemark_at " + at),
                       FishQuote(sub.path.back()), FishQuote(sub.description));
  }
  for (const OptionSpec& option : command.options) {
    if (option.flags.empty()) continue;
    std::string names;
    for (const std::string& flag : option.flags) {
      bool is_long = flag.size() > 2 && flag[1] == '-';
      names += fmt::format("{} {} ", is_long ? "-l" : "-s", flag.substr(is_long ? 2 : 1));
    }
    std::string value = TakesRequiredValue(option) ? FishValue(option) + " " : "";
    out += fmt::format("complete -c tidemark {}{}{}-d {}\n", in_condition, names, value,
                       FishQuote(option.description));
  }
  if (const OptionSpec* positional = FirstPositional(command)) {
    out += fmt::format("complete -c tidemark -n {} {}\n", FishQuote("__tidemark_at " + at),
                       FishValue(*positional));
  }
  return out;
}

}  // namespace

std::string BashCompletionScript(const CommandSpec& root) {
  std::string out(kBashHeader);
  out += "# The subcommands of a command (\"\" is tidemark itself).\n";
  out += "_tidemark_commands() {\n  case $1 in\n" + BashCommandArms(root) + "  esac\n}\n\n";
  out += "# The options of a command, its own only.\n";
  out += "_tidemark_options() {\n  case $1 in\n" + BashOptionArms(root) + "  esac\n}\n\n";
  out += "# How the value of option $2 of command $1 is completed: \"choices WORD...\",\n";
  out += "# \"versions\", \"files\" or \"text\"; nothing for a flag.\n";
  out += "_tidemark_value() {\n  case $1/$2 in\n" + ValueArms(root, "echo ") + "  esac\n}\n\n";
  out += "# Likewise for the positional arguments of command $1.\n";
  out += "_tidemark_positional() {\n  case $1 in\n" + PositionalArms(root, "echo ") + "  esac\n}\n";
  out += kBashEngine;
  return out;
}

std::string ZshCompletionScript(const CommandSpec& root) {
  std::string out(kZshHeader);
  out += "# reply: the subcommands of a command (\"\" is tidemark itself), as name:description.\n";
  out +=
      "_tidemark_commands() {\n  reply=()\n  case $1 in\n" + ZshCommandArms(root) + "  esac\n}\n\n";
  out += "# reply: the options of a command, its own only, as name:description.\n";
  out +=
      "_tidemark_options() {\n  reply=()\n  case $1 in\n" + ZshOptionArms(root) + "  esac\n}\n\n";
  out += "# REPLY: how the value of option $2 of command $1 is completed: \"choices\n";
  out += "# WORD...\", \"versions\", \"files\" or \"text\"; empty for a flag.\n";
  out += "_tidemark_value() {\n  REPLY=''\n  case $1/$2 in\n" + ValueArms(root, "REPLY=") +
         "  esac\n}\n\n";
  out += "# REPLY: likewise for the positional arguments of command $1.\n";
  out += "_tidemark_positional() {\n  REPLY=''\n  case $1 in\n" + PositionalArms(root, "REPLY=") +
         "  esac\n}\n";
  out += kZshEngine;
  return out;
}

std::string FishCompletionScript(const CommandSpec& root) {
  std::string out(kFishHeader);
  std::vector<std::string> paths;
  std::vector<std::string> valued;
  for (const CommandSpec* command : AllCommands(root)) {
    if (!command->path.empty()) paths.push_back(FishQuote(command->Name()));
    for (const OptionSpec& option : command->options) {
      if (!TakesRequiredValue(option)) continue;
      for (const std::string& flag : option.flags) {
        valued.push_back(FishQuote(command->Name() + "/" + flag));
      }
    }
  }
  out += "# Every command, and every option that takes a value as COMMAND/OPTION.\n";
  out += fmt::format("set -g __tidemark_commands {}\n", fmt::join(paths, " "));
  out += fmt::format("set -g __tidemark_valued {}\n", fmt::join(valued, " "));
  out += kFishEngine;
  for (const CommandSpec* command : AllCommands(root)) {
    out += fmt::format("\n# tidemark{}{}\n", command->path.empty() ? "" : " ", command->Name());
    out += FishCommandLines(*command);
  }
  return out;
}

}  // namespace tidemark::cli
