#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over the given files, or over every source
# file of src/, using build/compile_commands.json (run scripts/build.sh first).
# Two files at a time; prints only findings.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TIDEMARK_BUILD_DIR:-build}"
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy: $build/compile_commands.json is missing: run scripts/build.sh first" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- $(git ls-files 'src/*.cpp')
fi
printf '%s\n' "$@" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null \
  | grep -E '(warning|error):' || { echo "tidy: no findings"; exit 0; }
exit 1
