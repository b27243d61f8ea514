#!/usr/bin/env bash
# The Debian package as a user gets it: builds it with scripts/package.sh
# (from the test build $TIDEMARK_PACKAGE_FROM when it is set, as ctest does,
# else into $TIDEMARK_PACKAGE_BUILD_DIR, default build-package/), unpacks it with
# dpkg -x into a scratch root and checks, there: the control fields, the
# stripped binary and its debug info, the man page, and the bash, zsh and fish
# completion scripts, each run in its own shell.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0
checks=0
check() {  # check DESCRIPTION EXPECTED ACTUAL
  checks=$((checks + 1))
  if [ "$2" != "$3" ]; then
    printf 'FAIL %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3" >&2
    failures=$((failures + 1))
  fi
}
contains() {  # contains DESCRIPTION NEEDLE HAYSTACK
  checks=$((checks + 1))
  if [[ $3 != *"$2"* ]]; then
    printf 'FAIL %s: no "%s" in:\n%s\n' "$1" "$2" "$3" >&2
    failures=$((failures + 1))
  fi
}
for tool in dpkg-shlibdeps file man groff zsh fish; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "package_test: $tool is missing (scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
done

from=()
if [ -n "${TIDEMARK_PACKAGE_FROM:-}" ]; then from=(--from "$TIDEMARK_PACKAGE_FROM"); fi
mapfile -t debs < <("$here/scripts/package.sh" "${from[@]}" | tail -n 2)
dbgsym="${debs[0]}"
deb="${debs[1]}"
echo "package: $deb ($(stat -c %s "$deb") bytes)"
dpkg -I "$deb"

# Control fields.
version="$(sed -n 's/^project(tidemark VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")"
field() { dpkg-deb -f "$1" "$2"; }
check "Package" tidemark "$(field "$deb" Package)"
check "Version" "$version" "$(field "$deb" Version)"
check "Recommends" postgresql-15 "$(field "$deb" Recommends)"
check "Section" database "$(field "$deb" Section)"
depends="$(field "$deb" Depends)"
contains "Depends" "libpq5" "$depends"
contains "Depends" "libpqxx" "$depends"
check "dbgsym Depends" "tidemark (= $version)" "$(field "$dbgsym" Depends)"

root="$scratch/root"
dpkg -x "$deb" "$root"
dpkg -x "$dbgsym" "$root"
tm="$root/usr/bin/tidemark"

# Every shared library the binary needs is owned by a package Depends names.
mapfile -t needed < <(readelf -d "$tm" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for lib in "${needed[@]}"; do
  path="$(ldd "$tm" | awk -v lib="$lib" '$1 == lib { print $3 }')"
  owner="$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)"
  owner="${owner%%:*}"
  checks=$((checks + 1))
  if [ -z "$owner" ] || [[ ", $depends" != *", $owner"[\ ,]* && ", $depends" != *", $owner" ]]; then
    echo "FAIL Depends: $lib ($path, package '${owner}') is not in: $depends" >&2
    failures=$((failures + 1))
  fi
done

# The binary runs, is stripped, and its debug info is where gdb looks for it.
check "--version" "tidemark $version" "$("$tm" --version)"
sections="$(readelf -S "$tm")"
checks=$((checks + 1))
if [[ $sections == *.debug_info* || $sections == *.symtab* ]]; then
  echo "FAIL the installed binary is not stripped" >&2
  failures=$((failures + 1))
fi
build_id="$(readelf -n "$tm" | sed -n 's/^ *Build ID: *//p')"
debug_file="$root/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug"
check "debug file for build id $build_id" yes "$([ -f "$debug_file" ] && echo yes || echo no)"
contains "debug file sections" ".debug_info" "$(readelf -S "$debug_file" 2>/dev/null)"
contains ".gnu_debuglink" "${build_id:2}.debug" "$(readelf --string-dump=.gnu_debuglink "$tm")"

# The man page renders without warnings and has every command --help lists.
page="$root/usr/share/man/man1/tidemark.1.gz"
check "man -l warnings" "" "$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null)"
check "groff -ww warnings" "" "$(zcat "$page" | groff -man -ww -z 2>&1)"
rendered="$(MANWIDTH=80 man -l "$page" 2>/dev/null)"
subcommands() {  # the names under "Subcommands:" in `tidemark $* --help`
  "$tm" "$@" --help | awk '/^Subcommands:/ { on = 1; next } /^[^ ]/ { on = 0 } on && NF { print $1 }'
}
commands_checked=0
walk() {
  local sub
  for sub in $(subcommands "$@"); do
    contains "man page" "tidemark $* $sub" "$(printf '%s\n' "$rendered" | sed 's/^ *//')"
    commands_checked=$((commands_checked + 1))
    walk "$@" "$sub"
  done
}
for sub in $(subcommands); do
  contains "man page" "tidemark $sub" "$rendered"
  commands_checked=$((commands_checked + 1))
  walk "$sub"
done
checks=$((checks + 1))
if [ "$commands_checked" -lt 10 ]; then
  echo "FAIL found only $commands_checked commands in --help" >&2
  failures=$((failures + 1))
fi

# A migrations folder to complete versions and files from.
work="$scratch/work"
mkdir -p "$work/migrations" "$work/db"
for f in 0001_users.sql 0002_phone.sql 0002_phone_undo.sql 20260520_103245_index.sql notes.sql; do
  : >"$work/db/$f"
done
: >"$work/migrations/0007_only.sql"
cd "$work"

# bash: the installed script, in a shell of its own, as bash-completion runs it.
bash_script="$root/usr/share/bash-completion/completions/tidemark"
bash_complete() {  # bash_complete WORD...: the candidates for the last word
  bash --norc --noprofile -c '
    source "$1"
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    _tidemark
    printf "%s\n" "${COMPREPLY[@]}" | sort | paste -sd " " -' bash "$bash_script" "$tm" "$@"
}
check "bash: tidemark mig" "migrate" "$(bash_complete mig)"
check "bash: tidemark migrate ro" "rollback" "$(bash_complete migrate ro)"
check "bash: tidemark --wait migrate ro" "rollback" "$(bash_complete --wait migrate ro)"
check "bash: tidemark --dir db migrate baseline" "0001 0002 20260520_103245" \
  "$(bash_complete --dir db migrate baseline '')"
check "bash: tidemark migrate down" "0001 0002 20260520_103245" \
  "$(bash_complete --dir db migrate down '')"
check "bash: tidemark migrate rollback --dir db --to" "0001 0002 20260520_103245" \
  "$(bash_complete migrate rollback --dir db --to '')"
check "bash: tidemark --dir=db migrate up --to 2" "20260520_103245" \
  "$(bash_complete --dir = db migrate up --to 2)"
check "bash: tidemark migrate undo (default dir)" "migrations/0007_only.sql" \
  "$(bash_complete migrate undo '')"
check "bash: tidemark --format" "human json" "$(bash_complete --format '')"
check "bash: tidemark completion" "bash fish zsh" "$(bash_complete completion '')"
check "bash: tidemark migrate up --d" "--database-url --dir --dry-run" \
  "$(bash_complete migrate up --d)"
check "bash: registered" "complete -o default -F _tidemark tidemark" \
  "$(bash --norc --noprofile -c 'source "$1"; complete -p tidemark' bash "$bash_script")"

# zsh: parses, and run with zsh's completion builtins replaced by printers.
zsh_script="$root/usr/share/zsh/vendor-completions/_tidemark"
check "zsh -n" "" "$(zsh -n "$zsh_script" 2>&1)"
zsh_complete() {
  zsh -f -c '
    compdef() { }
    compset() { }
    compadd() { [[ $1 == -a ]] && print -l -- ${(P)2}; (( ${#${(P)2}} )) }
    _describe() { print -l -- ${${(P)4}%%:*} }
    _files() { print "<files>" }
    source "$1"
    shift
    words=("$@")
    CURRENT=$#
    _tidemark | sort | paste -sd " " -' zsh "$zsh_script" "$tm" "$@"
}
check "zsh: tidemark migrate ro" "rollback" "$(zsh_complete migrate ro | tr ' ' '\n' | grep '^ro' || true)"
check "zsh: tidemark --dir db migrate down" "0001 0002 20260520_103245" \
  "$(zsh_complete --dir db migrate down '')"
check "zsh: tidemark --dir db migrate baseline" "0001 0002 20260520_103245" \
  "$(zsh_complete --dir db migrate baseline '')"

# fish: parses, and fish's own completion engine run on command lines.
fish_script="$root/usr/share/fish/vendor_completions.d/tidemark.fish"
check "fish -n" "" "$(fish -n "$fish_script" 2>&1)"
fish_complete() {
  PATH="$root/usr/bin:$PATH" fish --no-config -c 'source $argv[1]; complete -C $argv[2]' \
    "$fish_script" "$1" | cut -f1 | sort | paste -sd " " -
}
check "fish: tidemark migrate ro" "rollback" "$(fish_complete 'tidemark migrate ro')"
check "fish: tidemark --dir db migrate down" "0001 0002 20260520_103245" \
  "$(fish_complete 'tidemark --dir db migrate down ')"
check "fish: tidemark --dir db migrate baseline" "0001 0002 20260520_103245" \
  "$(fish_complete 'tidemark --dir db migrate baseline ')"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
