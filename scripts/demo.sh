#!/usr/bin/env bash
# The main job on the bundled examples: installs only what the demo needs,
# builds only the tidemark binary (Release, no tests or benchmarks, into
# build-release/ or $TIDEMARK_DEMO_BUILD_DIR), then proves every example
# migration's Down with `tidemark migrate verify` (Up, Down, Up on a throwaway
# PostgreSQL that tidemark starts itself, unless DATABASE_URL or
# --database-url names a scratch database), after linting them. Extra
# arguments go to `migrate verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --demo
build="${TIDEMARK_DEMO_BUILD_DIR:-build-release}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DTIDEMARK_BUILD_TESTS=OFF -DTIDEMARK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target tidemark
tm="$build/tidemark"
echo "== tidemark lint examples/migrations"
"$tm" lint examples/migrations --fail-on error || true
echo
echo "== tidemark migrate verify (examples/migrations)"
exec "$tm" --dir examples/migrations migrate verify "$@"
