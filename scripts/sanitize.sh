#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer
# (TIDEMARK_SANITIZE, default address,undefined) into build-asan/ (or
# $TIDEMARK_ASAN_BUILD_DIR) and runs every test there; extra arguments go to
# ctest (e.g. -L fuzz, -R Executor). The style and package tests are left
# out: they do not run the product's code.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TIDEMARK_ASAN_BUILD_DIR:-build-asan}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTIDEMARK_SANITIZE="${TIDEMARK_SANITIZE:-address,undefined}" -DTIDEMARK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "${TIDEMARK_SANITIZE_BUILD_JOBS:-$(nproc)}"
# Leaks are reported too; a finding fails the test that hit it.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --test-dir "$build" --output-on-failure -j "${TIDEMARK_SANITIZE_TEST_JOBS:-$(nproc)}" \
  -LE 'style|package' "$@"
