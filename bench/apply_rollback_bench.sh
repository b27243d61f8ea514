#!/usr/bin/env bash
# Whole-process apply/rollback benchmark, in one run, on one throwaway cluster:
#   apply 1,000 migrations (4 statements each, with a 4-statement Down), then
#   roll back the last 100, with
#     - tidemark   (`migrate up`, `migrate rollback 100`)
#     - dbmate     (`migrate`, and `rollback` run 100 times: it undoes one per run)
#     - psql       (the limit: one script, each migration in its own
#                   transaction together with an insert/delete of a tracking row)
# Each run gets a fresh database. Times are wall-clock seconds of the whole
# processes (start-up, connection, parsing included); the best of RUNS.
#
# usage: bench/apply_rollback_bench.sh [TIDEMARK_BINARY]
# env:   RUNS (default 3), MIGRATIONS (1000), ROLLBACK (100), OUT (temp dir)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tidemark="${1:-${TIDEMARK:-}}"
if [ -z "$tidemark" ]; then
  for candidate in "$root"/build-*/tidemark "$root"/build/tidemark; do
    if [ -x "$candidate" ]; then tidemark="$candidate"; break; fi
  done
fi
[ -x "$tidemark" ] || { echo "apply_rollback_bench: no tidemark binary" >&2; exit 2; }
dbmate="$(ls "$here"/peers/node_modules/@dbmate/*/bin/dbmate 2>/dev/null | head -1 || true)"
[ -n "$dbmate" ] || dbmate="$here/peers/node_modules/.bin/dbmate"
[ -x "$dbmate" ] || { echo "apply_rollback_bench: dbmate missing; run scripts/install-deps.sh --peers" >&2; exit 2; }

runs="${RUNS:-3}"
n="${MIGRATIONS:-1000}"
back="${ROLLBACK:-100}"
work="${OUT:-}"
cleanup_work=false
if [ -z "$work" ]; then work="$(mktemp -d /tmp/tidemark-apply-bench.XXXXXX)"; cleanup_work=true; fi
chmod 755 "$work"
cluster="$work/cluster"
trap 'bash "$root/tests/test_cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; if $cleanup_work; then rm -rf "$work"; fi' EXIT
bash "$root/tests/test_cluster.sh" start "$cluster" >/dev/null

mkdir -p "$work/tidemark" "$work/dbmate"
python3 - "$work" "$n" "$back" <<'PY'
import os, sys
work, n, back = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
up = lambda i: [f"CREATE TABLE t{i} (id bigint PRIMARY KEY, v text)",
                f"ALTER TABLE t{i} ADD COLUMN w integer NOT NULL DEFAULT 0",
                f"CREATE INDEX t{i}_v_idx ON t{i} (v)",
                f"COMMENT ON TABLE t{i} IS 'table {i}'"]
down = lambda i: [f"COMMENT ON TABLE t{i} IS NULL",
                  f"DROP INDEX t{i}_v_idx",
                  f"ALTER TABLE t{i} DROP COLUMN w",
                  f"DROP TABLE t{i}"]
apply_sql, rollback_sql = [], []
apply_sql.append("CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz DEFAULT now());")
for i in range(1, n + 1):
    v = f"{i:06d}"
    body_up = "".join(s + ";\n" for s in up(i))
    body_down = "".join(s + ";\n" for s in down(i))
    with open(f"{work}/tidemark/{v}_m{i}.sql", "w") as f:
        f.write(f"-- +migrate Up\n{body_up}\n-- +migrate Down\n{body_down}")
    with open(f"{work}/dbmate/{v}_m{i}.sql", "w") as f:
        f.write(f"-- migrate:up\n{body_up}\n-- migrate:down\n{body_down}")
    apply_sql.append(f"BEGIN;\n{body_up}INSERT INTO schema_migrations (version) VALUES ('{v}');\nCOMMIT;")
for i in range(n, n - back, -1):
    v = f"{i:06d}"
    body_down = "".join(s + ";\n" for s in down(i))
    rollback_sql.append(f"BEGIN;\n{body_down}DELETE FROM schema_migrations WHERE version = '{v}';\nCOMMIT;")
open(f"{work}/psql_apply.sql", "w").write("\n".join(apply_sql) + "\n")
open(f"{work}/psql_rollback.sql", "w").write("\n".join(rollback_sql) + "\n")
PY

psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -h "$cluster" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
fresh_db() { psql_admin "DROP DATABASE IF EXISTS bench WITH (FORCE)"; psql_admin "CREATE DATABASE bench"; }
now() { date +%s.%N; }
declare -A best
record() {  # name seconds
  local prev="${best[$1]:-}"
  if [ -z "$prev" ] || python3 -c "import sys; sys.exit(0 if $2 < $prev else 1)"; then best[$1]="$2"; fi
}
url_tm="postgresql:///bench?host=$cluster&user=postgres"
url_db="postgres://postgres@/bench?socket=$cluster&sslmode=disable"

bench_tidemark() {
  fresh_db
  local t0 t1 t2
  t0=$(now); "$tidemark" -q --dir "$work/tidemark" --database-url "$url_tm" migrate up >/dev/null; t1=$(now)
  "$tidemark" -q --dir "$work/tidemark" --database-url "$url_tm" migrate rollback "$back" >/dev/null; t2=$(now)
  record tidemark_apply "$(python3 -c "print($t1 - $t0)")"
  record tidemark_rollback "$(python3 -c "print($t2 - $t1)")"
}
bench_dbmate() {
  fresh_db
  local t0 t1 t2
  t0=$(now)
  DATABASE_URL="$url_db" "$dbmate" --migrations-dir "$work/dbmate" --no-dump-schema migrate >/dev/null
  t1=$(now)
  for _ in $(seq 1 "$back"); do  # dbmate undoes one migration per run
    DATABASE_URL="$url_db" "$dbmate" --migrations-dir "$work/dbmate" --no-dump-schema rollback >/dev/null
  done
  t2=$(now)
  record dbmate_apply "$(python3 -c "print($t1 - $t0)")"
  record dbmate_rollback "$(python3 -c "print($t2 - $t1)")"
}
bench_psql() {
  fresh_db
  local t0 t1 t2
  t0=$(now); psql -X -q -h "$cluster" -U postgres -d bench -v ON_ERROR_STOP=1 -f "$work/psql_apply.sql" >/dev/null; t1=$(now)
  psql -X -q -h "$cluster" -U postgres -d bench -v ON_ERROR_STOP=1 -f "$work/psql_rollback.sql" >/dev/null; t2=$(now)
  record psql_apply "$(python3 -c "print($t1 - $t0)")"
  record psql_rollback "$(python3 -c "print($t2 - $t1)")"
}
# The order of the tools rotates from run to run, so that none always goes
# first (or last) on a cluster that has just done the others' work.
tools=(tidemark dbmate psql)
for run in $(seq 0 $((runs - 1))); do
  for k in 0 1 2; do
    # "$run" rotates the order
    "bench_${tools[$(( (run + k) % 3 ))]}"
  done
done

python3 - <<PY
b = {"tidemark_apply": ${best[tidemark_apply]}, "tidemark_rollback": ${best[tidemark_rollback]},
     "dbmate_apply": ${best[dbmate_apply]}, "dbmate_rollback": ${best[dbmate_rollback]},
     "psql_apply": ${best[psql_apply]}, "psql_rollback": ${best[psql_rollback]}}
print(f"apply $n migrations x 4 statements, roll back $back (best of $runs runs, seconds)")
print(f"{'':10} {'apply':>8} {'rollback':>9}")
for tool in ("tidemark", "dbmate", "psql"):
    print(f"{tool:10} {b[tool + '_apply']:8.2f} {b[tool + '_rollback']:9.2f}")
for peer in ("dbmate", "psql"):
    print(f"tidemark / {peer}: apply {b['tidemark_apply'] / b[peer + '_apply']:.2f}x, "
          f"rollback {b['tidemark_rollback'] / b[peer + '_rollback']:.2f}x  (<1 means tidemark is faster)")
PY
