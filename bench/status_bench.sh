#!/usr/bin/env bash
# Whole-process `migrate status` benchmark on 10,000 applied migrations:
# tidemark against dbmate's `status` on the same history, in one run.
# Both read the whole migrations directory and the tracking table.
#
# usage: bench/status_bench.sh [TIDEMARK_BINARY]
# env:   RUNS (default 5), MIGRATIONS (10000), OUT (temp dir)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tidemark="${1:-${TIDEMARK:-}}"
if [ -z "$tidemark" ]; then
  for candidate in "$root"/build-*/tidemark "$root"/build/tidemark; do
    if [ -x "$candidate" ]; then tidemark="$candidate"; break; fi
  done
fi
[ -x "$tidemark" ] || { echo "status_bench: no tidemark binary" >&2; exit 2; }
dbmate="$(ls "$here"/peers/node_modules/@dbmate/*/bin/dbmate 2>/dev/null | head -1 || true)"
[ -n "$dbmate" ] || dbmate="$here/peers/node_modules/.bin/dbmate"
[ -x "$dbmate" ] || { echo "status_bench: dbmate missing; run scripts/install-deps.sh --peers" >&2; exit 2; }

runs="${RUNS:-5}"
n="${MIGRATIONS:-10000}"
work="${OUT:-}"
cleanup_work=false
if [ -z "$work" ]; then work="$(mktemp -d /tmp/tidemark-status-bench.XXXXXX)"; cleanup_work=true; fi
chmod 755 "$work"
cluster="$work/cluster"
trap 'bash "$root/tests/test_cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; if $cleanup_work; then rm -rf "$work"; fi' EXIT
bash "$root/tests/test_cluster.sh" start "$cluster" >/dev/null

mkdir -p "$work/tidemark" "$work/dbmate"
python3 - "$work" "$n" <<'PY'
import sys
work, n = sys.argv[1], int(sys.argv[2])
for i in range(1, n + 1):
    v = f"{i:06d}"
    open(f"{work}/tidemark/{v}_m{i}.sql", "w").write(
        f"-- +migrate Up\nCOMMENT ON SCHEMA public IS 'step {i}';\n-- +migrate Down\nCOMMENT ON SCHEMA public IS NULL;\n")
    open(f"{work}/dbmate/{v}_m{i}.sql", "w").write(
        f"-- migrate:up\nCOMMENT ON SCHEMA public IS 'step {i}';\n-- migrate:down\nCOMMENT ON SCHEMA public IS NULL;\n")
PY
admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -h "$cluster" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
admin "CREATE DATABASE bench_tm"
admin "CREATE DATABASE bench_db"
url_tm="postgresql:///bench_tm?host=$cluster&user=postgres"
url_db="postgres://postgres@/bench_db?socket=$cluster&sslmode=disable"
"$tidemark" -q --dir "$work/tidemark" --database-url "$url_tm" migrate up >/dev/null
DATABASE_URL="$url_db" "$dbmate" --migrations-dir "$work/dbmate" --no-dump-schema migrate >/dev/null

time_best() {  # command... -> best wall-clock seconds of $runs
  local best=""
  for _ in $(seq 1 "$runs"); do
    local t0 t1 d
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    d=$(python3 -c "print($t1 - $t0)")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $d < $best else 1)"; then best=$d; fi
  done
  echo "$best"
}
tm=$(time_best "$tidemark" --dir "$work/tidemark" --database-url "$url_tm" migrate status)
tmj=$(time_best "$tidemark" --format json --dir "$work/tidemark" --database-url "$url_tm" migrate status)
db=$(DATABASE_URL="$url_db" time_best "$dbmate" --migrations-dir "$work/dbmate" status)
python3 - <<PY
print("migrate status on $n applied migrations (best of $runs runs, seconds)")
print(f"tidemark status        {$tm:.3f}")
print(f"tidemark status json   {$tmj:.3f}")
print(f"dbmate status          {$db:.3f}")
print(f"tidemark / dbmate: {$tm / $db:.2f}x  (<1 means tidemark is faster)")
PY
