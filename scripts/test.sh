#!/usr/bin/env bash
# The whole test run on a fresh Debian 12 machine: installs what is missing,
# builds, and runs every test. Tests that need PostgreSQL start their own
# throwaway cluster in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --peers
scripts/build.sh
build="${TIDEMARK_BUILD_DIR:-build}"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
