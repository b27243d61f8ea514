#!/usr/bin/env bash
# The main job on the bundled examples: installs what is missing, builds, then
# proves every example migration's Down with `tidemark migrate verify` (Up,
# Down, Up on a throwaway PostgreSQL that tidemark starts itself, unless
# DATABASE_URL or --database-url names a scratch database), after linting
# them. Extra arguments go to `migrate verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build="${TIDEMARK_BUILD_DIR:-build}"
tm="$build/tidemark"
echo "== tidemark lint examples/migrations"
"$tm" lint examples/migrations --fail-on error || true
echo
echo "== tidemark migrate verify (examples/migrations)"
exec "$tm" --dir examples/migrations migrate verify "$@"
