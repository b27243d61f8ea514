#!/usr/bin/env bash
# Configures and builds tidemark into build/ (or $TIDEMARK_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TIDEMARK_BUILD_DIR:-build}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$build" -j "$(nproc)"
