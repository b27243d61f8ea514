#!/usr/bin/env bash
# Checks that every C++ file of src/, tests/, bench/ and tools/ is formatted by clang-format
# (.clang-format); with --fix, formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src tests bench tools -name '*.cpp' -o -name '*.h' | sort)
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files clean"
