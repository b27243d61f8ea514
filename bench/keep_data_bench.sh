#!/usr/bin/env bash
# Whole-process keep-data benchmark, in one run, on one throwaway cluster:
# a migration that adds `phone` to a table of ROWS (1,000,000) rows is rolled
# back (its Down drops the column) with
#   - keep:  `tidemark migrate rollback --keep-data` (the column's values and
#            the key are archived in the Down's transaction)
#   - dump:  what the rollback guides recommend: `pg_dump -t users` of the
#            table to a file, then a plain `tidemark migrate rollback`
# and the data is then given back with `tidemark migrate up --restore-data`
# (reported on its own: the guides' way back, psql < dump into a table that
# still exists, is no restore of a column).
# Extra disk: for keep, the archive table (pg_total_relation_size, as the
# archive record says) and the database's growth; for dump, the dump file.
# Each run gets a fresh database; times are wall-clock seconds of the whole
# processes; the best of RUNS.
#
# usage: bench/keep_data_bench.sh [TIDEMARK_BINARY]
# env:   RUNS (default 3), ROWS (1000000), OUT (temp dir)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tidemark="${1:-${TIDEMARK:-}}"
if [ -z "$tidemark" ]; then
  for candidate in "$root"/build-*/tidemark "$root"/build/tidemark; do
    if [ -x "$candidate" ]; then tidemark="$candidate"; break; fi
  done
fi
[ -x "$tidemark" ] || { echo "keep_data_bench: no tidemark binary" >&2; exit 2; }
command -v pg_dump >/dev/null || { echo "keep_data_bench: pg_dump missing" >&2; exit 2; }

runs="${RUNS:-3}"
rows="${ROWS:-1000000}"
work="${OUT:-}"
cleanup_work=false
if [ -z "$work" ]; then work="$(mktemp -d /tmp/tidemark-keep-bench.XXXXXX)"; cleanup_work=true; fi
chmod 755 "$work"
cluster="$work/cluster"
trap 'bash "$root/tests/test_cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; if $cleanup_work; then rm -rf "$work"; fi' EXIT
bash "$root/tests/test_cluster.sh" start "$cluster" >/dev/null

mkdir -p "$work/migrations"
cat >"$work/migrations/0001_users.sql" <<'SQL'
-- +migrate Up
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
-- +migrate Down
DROP TABLE users;
SQL
cat >"$work/migrations/0002_phone.sql" <<'SQL'
-- +migrate Up
ALTER TABLE users ADD COLUMN phone text;
-- +migrate Down
ALTER TABLE users DROP COLUMN phone;
SQL

psql_in() {  # database sql
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -A -t -h "$cluster" -U postgres -d "$1" \
    -v ON_ERROR_STOP=1 -c "$2"
}
fresh_db() {
  psql_in postgres "DROP DATABASE IF EXISTS bench WITH (FORCE)" >/dev/null
  psql_in postgres "CREATE DATABASE bench" >/dev/null
}
now() { date +%s.%N; }
declare -A best
record() {  # name value: keeps the smallest
  local prev="${best[$1]:-}"
  if [ -z "$prev" ] || python3 -c "import sys; sys.exit(0 if $2 < $prev else 1)"; then best[$1]="$2"; fi
}
url="postgresql:///bench?host=$cluster&user=postgres"
tm() { "$tidemark" -q --dir "$work/migrations" --database-url "$url" "$@" >/dev/null; }
prepare() {
  fresh_db
  tm migrate up
  psql_in bench "INSERT INTO users SELECT i, 'user' || i || '@example.com', '+1 555 ' || lpad(i::text, 7, '0') FROM generate_series(1, $rows) i" >/dev/null
  psql_in bench "VACUUM ANALYZE users" >/dev/null
  psql_in bench "CHECKPOINT" >/dev/null
}
db_size() { psql_in bench "SELECT pg_database_size(current_database())"; }

bench_keep() {
  prepare
  local before after t0 t1 t2 archive
  before=$(db_size)
  t0=$(now); tm migrate rollback --keep-data; t1=$(now)
  after=$(db_size)
  archive=$(psql_in bench "SELECT sum(bytes) FROM tidemark.archives")
  tm migrate up --restore-data; t2=$(now)
  local restored
  restored=$(psql_in bench "SELECT count(phone) FROM users")
  [ "$restored" = "$rows" ] || { echo "keep_data_bench: restore gave back $restored of $rows values" >&2; exit 1; }
  record keep_s "$(python3 -c "print($t1 - $t0)")"
  record keep_archive "$archive"
  record keep_growth "$((after - before))"
  record restore_s "$(python3 -c "print($t2 - $t1)")"
}
bench_dump() {
  prepare
  local t0 t1 t2
  t0=$(now)
  pg_dump -h "$cluster" -U postgres -d bench -t users -f "$work/users.sql"
  t1=$(now)
  tm migrate rollback
  t2=$(now)
  record dump_s "$(python3 -c "print($t1 - $t0)")"
  record dump_rollback_s "$(python3 -c "print($t2 - $t1)")"
  record dump_total_s "$(python3 -c "print($t2 - $t0)")"
  record dump_bytes "$(stat -c %s "$work/users.sql")"
  rm -f "$work/users.sql"
}
for run in $(seq 0 $((runs - 1))); do
  if [ $((run % 2)) -eq 0 ]; then bench_keep; bench_dump; else bench_dump; bench_keep; fi
done

python3 - <<PY
b = {k: float(v) for k, v in {"keep_s": "${best[keep_s]}", "keep_archive": "${best[keep_archive]}",
     "keep_growth": "${best[keep_growth]}", "restore_s": "${best[restore_s]}",
     "dump_s": "${best[dump_s]}", "dump_rollback_s": "${best[dump_rollback_s]}",
     "dump_total_s": "${best[dump_total_s]}", "dump_bytes": "${best[dump_bytes]}"}.items()}
mb = lambda n: n / 1048576
print(f"roll back a migration dropping a column of a {$rows:,}-row table (best of $runs runs)")
print(f"{'':34} {'seconds':>8} {'extra disk MB':>14}")
print(f"{'tidemark rollback --keep-data':34} {b['keep_s']:8.2f} {mb(b['keep_archive']):14.1f}"
      f"   (database grew {mb(b['keep_growth']):.1f} MB)")
print(f"{'pg_dump -t users':34} {b['dump_s']:8.2f} {mb(b['dump_bytes']):14.1f}")
print(f"{'  + tidemark rollback':34} {b['dump_rollback_s']:8.2f}")
print(f"{'  = together':34} {b['dump_total_s']:8.2f} {mb(b['dump_bytes']):14.1f}")
print(f"keep-data / (pg_dump + rollback): time {b['keep_s'] / b['dump_total_s']:.2f}x, "
      f"disk {b['keep_archive'] / b['dump_bytes']:.2f}x  (<1 means keep-data is cheaper)")
print(f"tidemark up --restore-data (puts back all {$rows:,} values): {b['restore_s']:.2f} s")
PY
