#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over the given files; with `--src`, over
# every source file of src/ and tools/ (what the test style_tidy runs, to
# keep the test command short); with no argument, over those and tests/ too.
# Uses build/compile_commands.json (run scripts/build.sh first). GCC's
# precompiled headers are unreadable to clang, so the compile commands are
# copied without them. Prints only findings and exits 1 when there are any
# (compiler errors included).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TIDEMARK_BUILD_DIR:-build}"
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy: $build/compile_commands.json is missing: run scripts/build.sh first" >&2
  exit 2
fi
db="$(mktemp -d)"
trap 'rm -rf "$db"' EXIT
python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
out = []
for e in entries:
    if e["file"].endswith("cmake_pch.hxx.cxx"):
        continue
    cmd = re.sub(r"\s-include\s+\S*cmake_pch\.hxx", "", e["command"])
    cmd = cmd.replace(" -Winvalid-pch", "")
    out.append(dict(e, command=cmd))
json.dump(out, open(sys.argv[2], "w"), indent=1)
PY
if [ "${1:-}" = "--src" ]; then
  set -- $(find src tools -name '*.cpp' | sort)
elif [ $# -eq 0 ]; then
  set -- $(find src tests tools -name '*.cpp' | sort)
fi
# clang-tidy exits 0 on warnings and non-zero on compiler errors or a crash;
# either way a run with no finding lines but a failed clang-tidy is a failure.
rc=0
printf '%s\n' "$@" | xargs -P "$(nproc)" -n 2 clang-tidy -p "$db" --quiet \
  >"$db/out" 2>"$db/err" || rc=$?
findings="$(grep -E '(warning|error):' "$db/out" || true)"
if [ -n "$findings" ]; then
  printf '%s\n' "$findings"
  exit 1
fi
if [ "$rc" -ne 0 ]; then
  echo "tidy: clang-tidy failed (exit $rc):" >&2
  tail -n 20 "$db/err" >&2
  exit 1
fi
echo "tidy: no findings in $# files"
