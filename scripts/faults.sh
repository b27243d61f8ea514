#!/usr/bin/env bash
# Crash and fault injection on a real PostgreSQL cluster of its own.
#   scripts/faults.sh [RUNS] [RESTARTS] [CONCURRENT]
# RUNS times each (default 100), kills `tidemark migrate up` and
# `migrate rollback --all` with SIGKILL at a random moment; RESTARTS times
# (default 20) stops the server with `pg_ctl stop -m immediate` during an
# `up` and starts it again; CONCURRENT times (default 10) starts 3 to 8
# `up` runs at once. After each fault it checks, against the server:
#   - a transactional migration is applied with its tracking row, or not
#     applied (none of its objects, no ledger row) without one;
#   - a notransaction migration without a row changed nothing; one left
#     dirty names the statement that was running (failed_at);
#   - nothing ran twice (each migration adds one row to a ledger table);
#   - the documented recovery (repair --pending for a dirty migration,
#     then `up`) applies everything, each migration exactly once.
# Prints the runs, faults and migrations lost or doubled; exits 1 on any
# broken invariant. TIDEMARK names the binary (default build/tidemark).
set -uo pipefail
runs="${1:-100}"
restarts="${2:-20}"
concurrent="${3:-10}"
root="$(cd "$(dirname "$0")/.." && pwd)"
tidemark="${TIDEMARK:-$root/build/tidemark}"
[ -x "$tidemark" ] || { echo "faults.sh: no tidemark binary at $tidemark" >&2; exit 2; }
tidemark="$(cd "$(dirname "$tidemark")" && pwd)/$(basename "$tidemark")"

work="$(mktemp -d /tmp/tidemark-faults.XXXXXX)"
chmod 755 "$work"
cluster="$work/cluster"
bindir="$(pg_config --bindir 2>/dev/null || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); fi
"$root/tests/test_cluster.sh" start "$cluster" >/dev/null || exit 2
cleanup() { "$root/tests/test_cluster.sh" stop "$cluster" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
# The shared test cluster commits asynchronously (synchronous_commit=off),
# which a server crash is allowed to lose: here every commit must survive
# `pg_ctl stop -m immediate`, so the server runs with synchronous commits, as
# after each restart below. (fsync=off only matters if the machine crashes.)
server_options="-k $cluster -c listen_addresses='' -c fsync=off -c max_connections=300"
"${as_pg[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
  -o "$server_options" restart >/dev/null || exit 2
[ "$(psql -X -At -h "$cluster" -U postgres -d postgres -c 'SHOW synchronous_commit')" = on ] ||
  { echo "faults.sh: the server does not commit synchronously" >&2; exit 2; }

url="postgresql:///faults?host=$cluster&user=postgres"
psql_db() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$cluster" -U postgres -d faults "$@"; }
psql_adm() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$cluster" -U postgres -d postgres "$@"; }
tm() { (cd "$work" && "$tidemark" --database-url "$url" migrate "$@"); }

# The migration set: transactional and notransaction migrations, each with
# slow statements so that kills land mid-statement, and each adding one row
# to the ledger (which lives outside the migrations).
mig="$work/migrations"
mkdir -p "$mig"
cat >"$mig/0001_accounts.sql" <<'SQL'
-- +migrate Up
CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);
SELECT pg_sleep(0.05);
INSERT INTO accounts SELECT g, 'user' || g FROM generate_series(1, 2000) g;
INSERT INTO ledger VALUES ('0001');
-- +migrate Down
DELETE FROM ledger WHERE v = '0001';
SELECT pg_sleep(0.05);
DROP TABLE accounts;
SQL
cat >"$mig/0002_accounts_email_idx.sql" <<'SQL'
-- +migrate Up notransaction
CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
SELECT pg_sleep(0.05);
INSERT INTO ledger VALUES ('0002');
-- +migrate Down notransaction
DELETE FROM ledger WHERE v = '0002';
SELECT pg_sleep(0.05);
DROP INDEX CONCURRENTLY accounts_email_idx;
SQL
cat >"$mig/0003_orders.sql" <<'SQL'
-- +migrate Up
CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);
SELECT pg_sleep(0.05);
ALTER TABLE accounts ADD COLUMN phone text;
INSERT INTO ledger VALUES ('0003');
-- +migrate Down
DELETE FROM ledger WHERE v = '0003';
ALTER TABLE accounts DROP COLUMN phone;
SELECT pg_sleep(0.05);
DROP TABLE orders;
SQL
cat >"$mig/0004_audit.sql" <<'SQL'
-- +migrate Up notransaction
CREATE TABLE audit (id bigint);
SELECT pg_sleep(0.05);
CREATE TABLE audit_archive (id bigint);
INSERT INTO ledger VALUES ('0004');
-- +migrate Down notransaction
DELETE FROM ledger WHERE v = '0004';
DROP TABLE audit_archive;
SELECT pg_sleep(0.05);
DROP TABLE audit;
SQL
cat >"$mig/0005_orders_total.sql" <<'SQL'
-- +migrate Up
ALTER TABLE orders ADD COLUMN total numeric NOT NULL DEFAULT 0;
SELECT pg_sleep(0.05);
CREATE VIEW order_totals AS SELECT account_id, sum(total) AS total FROM orders GROUP BY account_id;
INSERT INTO ledger VALUES ('0005');
-- +migrate Down
DELETE FROM ledger WHERE v = '0005';
DROP VIEW order_totals;
SELECT pg_sleep(0.05);
ALTER TABLE orders DROP COLUMN total;
SQL
versions=(0001 0002 0003 0004 0005)
notx=" 0002 0004 "

# SQL that counts how many of a migration's objects exist (out of how many).
objects_sql() {
  case "$1" in
    0001) echo "SELECT (to_regclass('accounts') IS NOT NULL)::int, 1" ;;
    0002) echo "SELECT count(*)::int, 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE c.relname = 'accounts_email_idx' AND i.indisvalid" ;;
    0003) echo "SELECT (to_regclass('orders') IS NOT NULL)::int
                 + (SELECT count(*)::int FROM pg_attribute WHERE attrelid = to_regclass('accounts')
                    AND attname = 'phone' AND NOT attisdropped), 2" ;;
    0004) echo "SELECT (to_regclass('audit') IS NOT NULL)::int + (to_regclass('audit_archive') IS NOT NULL)::int, 2" ;;
    0005) echo "SELECT (to_regclass('order_totals') IS NOT NULL)::int
                 + (SELECT count(*)::int FROM pg_attribute WHERE attrelid = to_regclass('orders')
                    AND attname = 'total' AND NOT attisdropped), 2" ;;
  esac
}
# Undo by hand whatever a dirty notransaction migration left (the user's
# part of `repair --pending`).
undo_by_hand() {
  case "$1" in
    0002) psql_db -c "SET client_min_messages = warning" -c "DROP INDEX IF EXISTS accounts_email_idx; DELETE FROM ledger WHERE v = '0002'" ;;
    0004) psql_db -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS audit, audit_archive; DELETE FROM ledger WHERE v = '0004'" ;;
  esac
}

fresh_db() {
  psql_adm -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS faults WITH (FORCE)" -c "CREATE DATABASE faults" &&
    psql_db -c "CREATE TABLE ledger (v text NOT NULL)"
}

broken=0
left_dirty=0
left_partway=0
faults=0
lost=0
doubled=0
progress() { echo "faults.sh: after $1: faults $faults, lost $lost, doubled $doubled, broken $broken"; }
fail() { echo "faults.sh: $*" >&2; broken=$((broken + 1)); }

# Checks the invariants after a fault; with "complete", also that every
# migration is applied exactly once.
check() {
  local what="$1" complete="${2:-}" v row dirty failed_at have total ledger
  local has_table applied=0 dirties=0
  has_table="$(psql_db -c "SELECT to_regclass('tidemark.migrations') IS NOT NULL")" || {
    fail "$what: cannot query the server"
    return
  }
  for v in "${versions[@]}"; do
    row=0 dirty=f failed_at=""
    if [ "$has_table" = t ]; then
      IFS='|' read -r row dirty failed_at < <(psql_db -c \
        "SELECT count(*), coalesce(bool_or(dirty), false), coalesce(max(failed_at), '')
           FROM tidemark.migrations WHERE version = '$v'")
    fi
    read -r have total < <(psql_db -F ' ' -c "$(objects_sql "$v")")
    ledger="$(psql_db -c "SELECT count(*) FROM ledger WHERE v = '$v'")"
    if [ "$ledger" -gt 1 ]; then
      fail "$what: $v ran $ledger times"
      doubled=$((doubled + 1))
    fi
    if [ "$dirty" = t ]; then
      case "$notx" in *" $v "*) ;; *) fail "$what: transactional $v is dirty" ;; esac
      [ -n "$failed_at" ] || fail "$what: dirty $v names no failing statement"
      case "$failed_at" in *"$v"*.sql:*:*) ;; *) fail "$what: dirty $v: failed_at '$failed_at' is not file:line:col" ;; esac
      dirties=$((dirties + 1))
      continue
    fi
    if [ "$row" -eq 1 ]; then
      applied=$((applied + 1))
      if [ "$have" -ne "$total" ] || [ "$ledger" -ne 1 ]; then
        fail "$what: $v has its tracking row but $have/$total objects and $ledger ledger rows"
        lost=$((lost + 1))
      fi
    else
      if [ "$have" -ne 0 ] || [ "$ledger" -ne 0 ]; then
        fail "$what: $v has no tracking row but $have/$total objects and $ledger ledger rows"
        doubled=$((doubled + 1))
      fi
      if [ -n "$complete" ]; then
        fail "$what: $v is not applied after recovery"
        lost=$((lost + 1))
      fi
    fi
  done
  # how the fault left the database: dirty, part-way or not at all
  if [ -z "$complete" ]; then
    if [ "$dirties" -gt 0 ]; then
      left_dirty=$((left_dirty + 1))
    elif [ "$applied" -gt 0 ] && [ "$applied" -lt "${#versions[@]}" ]; then
      left_partway=$((left_partway + 1))
    fi
  fi
}

# The documented recovery: a dirty migration is undone by hand and handed
# to `repair --pending`, then `up` applies the rest.
recover() {
  local what="$1" v dirty_versions out
  dirty_versions="$(psql_db -c "SELECT version FROM tidemark.migrations WHERE dirty ORDER BY version" 2>/dev/null)"
  for v in $dirty_versions; do
    undo_by_hand "$v" >/dev/null
    out="$(tm repair --pending "$v" 2>&1)" || fail "$what: repair --pending $v failed: $out"
  done
  out="$(tm up 2>&1)" || fail "$what: re-running up failed: $out"
  check "$what, after recovery" complete
}

# Kills "$@" (a tidemark command) after a random delay of up to max_ms.
kill_during() {
  local max_ms="$1" pid delay
  shift
  tm "$@" >/dev/null 2>&1 &
  pid=$!
  delay=$((RANDOM % max_ms))
  sleep "$(printf '0.%03d' "$delay")"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  # the server notices the dead client and ends its backend
  psql_db -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE application_name = 'tidemark' AND pid <> pg_backend_pid()" >/dev/null
  sleep 0.05
}

# The checker itself first: a database whose state breaks each invariant in
# turn must be reported (else a silent checker would pass every run).
self_test() {
  local label="$1" sql="$2" before="$broken"
  fresh_db && tm up >/dev/null 2>&1 && psql_db -c "$sql" >/dev/null || {
    echo "faults.sh: self-test '$label' could not set up" >&2
    exit 2
  }
  check "self-test" 2>/dev/null
  if [ "$broken" -eq "$before" ]; then
    echo "faults.sh: the checker missed: $label" >&2
    exit 2
  fi
  broken="$before" lost=0 doubled=0 left_dirty=0 left_partway=0
}
self_test "an applied row without its objects" "DROP VIEW order_totals"
self_test "a migration run twice" "INSERT INTO ledger VALUES ('0003')"
self_test "objects without a row" "DELETE FROM tidemark.migrations WHERE version = '0005'"
self_test "a dirty transactional migration" "UPDATE tidemark.migrations SET dirty = true, failed_at = 'x' WHERE version = '0001'"
self_test "a dirty migration naming no statement" "UPDATE tidemark.migrations SET dirty = true, failed_at = NULL WHERE version = '0004'"

echo "faults.sh: $runs kills during up, $runs during rollback, $restarts server stops, $concurrent concurrent runs"
for ((i = 1; i <= runs; i++)); do
  fresh_db || { fail "cannot create the database"; break; }
  kill_during 600 up
  faults=$((faults + 1))
  check "kill during up #$i"
  recover "kill during up #$i"
  [ $((i % 10)) -ne 0 ] || progress "$i kills during up"
done
for ((i = 1; i <= runs; i++)); do
  fresh_db || { fail "cannot create the database"; break; }
  tm up >/dev/null 2>&1 || fail "rollback #$i: the first up failed"
  kill_during 600 rollback --all --yes
  faults=$((faults + 1))
  check "kill during rollback #$i"
  recover "kill during rollback #$i"
  [ $((i % 10)) -ne 0 ] || progress "$i kills during rollback"
done
for ((i = 1; i <= restarts; i++)); do
  fresh_db || { fail "cannot create the database"; break; }
  tm up >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % 500)))"
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1
  wait "$pid" 2>/dev/null
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "$server_options" start >/dev/null ||
    { fail "server restart #$i failed"; break; }
  faults=$((faults + 1))
  check "server stop #$i"
  recover "server stop #$i"
  [ $((i % 5)) -ne 0 ] || progress "$i server stops"
done
for ((i = 1; i <= concurrent; i++)); do
  fresh_db || { fail "cannot create the database"; break; }
  n=$((3 + RANDOM % 6))
  pids=()
  for ((j = 0; j < n; j++)); do
    tm up >/dev/null 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  faults=$((faults + 1))
  check "$n concurrent ups #$i" complete
done

echo "faults that left a migration dirty: $left_dirty, that left some of the set applied: $left_partway"
echo "runs: $((2 * runs + restarts + concurrent)), faults: $faults, migrations lost: $lost, doubled: $doubled, broken invariants: $broken"
[ "$broken" -eq 0 ]
