#!/usr/bin/env bash
# Start-up and one-file lint, counted in instructions (valgrind's callgrind):
# the same count for the same binary and input whatever else the machine is
# doing, which wall time on a shared machine is not. squawk's native binary,
# run the same way on the same file, is the peer; `true` and `psql
# --version` (a C program with libpq, which tidemark links too) show the
# floor of starting a process with those libraries.
#
# usage: bench/startup_bench.sh [TIDEMARK_BINARY]
# env:   STATEMENTS (default 20), OUT (temp dir), PEERS (bench/peers)
# Prints one line per command: instructions, and of them the dynamic
# loader's (loading and relocating the shared libraries), main's, and the
# rest (static initialisers of the program and its libraries, and exit).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tidemark="${1:-${TIDEMARK:-$root/build/tidemark}}"
[ -x "$tidemark" ] || { echo "startup_bench: no tidemark binary at $tidemark" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "startup_bench: valgrind is needed" >&2; exit 2; }
peers="${PEERS:-$here/peers}"
native="$(ls "$peers"/node_modules/@squawk-cli/*/bin/squawk 2>/dev/null | head -1 || true)"
psql="$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | tail -1 || true)"
work="${OUT:-$(mktemp -d /tmp/tidemark-startup-bench.XXXXXX)}"
mkdir -p "$work"
python3 "$here/lint_corpus.py" "$work/single" 1 "${STATEMENTS:-20}"
file="$(ls "$work"/single/*.sql)"

count() {  # count NAME COMMAND...: one callgrind run, figures from its totals
  local name="$1"
  shift
  local out="$work/cg.$(echo "$name" | tr -c 'a-z0-9' _)"
  (cd "$work" && NO_COLOR=1 valgrind --tool=callgrind --callgrind-out-file="$out" "$@" \
     >/dev/null 2>"$out.log") || true
  python3 - "$name" "$out" <<'PY'
import subprocess, sys
name, out = sys.argv[1], sys.argv[2]
text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                      capture_output=True, text=True).stdout
total = loader = main = 0
for line in text.splitlines():
    parts = line.split()
    if not parts or not parts[0][0].isdigit():
        continue
    n = int(parts[0].replace(",", ""))
    if "PROGRAM TOTALS" in line:
        total = n
    elif "rtld.c:_dl_start " in line:
        loader = max(loader, n)
    elif ":main [" in line:
        main = max(main, n)
def share(n):
    return f"{n / 1e6:6.2f}M ({100 * n / total:4.1f}%)" if total else "-"
rest = total - loader - main
print(f"  {name:34s} {total / 1e6:7.2f}M   loader {share(loader)}   main {share(main)}   other {share(rest)}")
PY
}

echo "tidemark: $tidemark ($("$tidemark" --version)); file: $file"
echo "instructions (callgrind), whole process:"
count "true (an empty process)" /bin/true
[ -n "$psql" ] && count "psql --version (C, libpq)" "$psql" --version
count "tidemark --version" "$tidemark" --version
count "tidemark lint (one file)" "$tidemark" lint --reporter gcc "$file"
if [ -n "$native" ]; then
  count "squawk native binary (one file)" "$native" "$file"
else
  echo "  (squawk's native binary is missing: scripts/install-deps.sh --peers)"
fi
echo "callgrind files: $work"
