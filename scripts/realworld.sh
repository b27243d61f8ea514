#!/usr/bin/env bash
# The real-world checks in full (tests/realworld): every migration of the
# corpus applied on a throwaway PostgreSQL, the model compared with the
# server after each one, generated and hand-written Downs run and judged.
# Prints a table per project and a total and writes docs/realworld.md.
#   scripts/realworld.sh [PROJECT...]      (TIDEMARK_BUILD_DIR, default build)
# Extra options go to the checker, e.g. REALWORLD_ARGS="--model-every 10".
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TIDEMARK_BUILD_DIR:-build}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$build" -j2 --target realworld_check
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src tests || echo '+changes')"
# shellcheck disable=SC2086
exec "$build/tests/realworld_check" ${REALWORLD_ARGS:-} --report docs/realworld.md \
  --commit "$commit" tests/realworld/corpus "$@"
