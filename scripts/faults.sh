#!/usr/bin/env bash
# Crash and fault injection on a real PostgreSQL cluster of its own.
#   scripts/faults.sh [RUNS] [RESTARTS] [CONCURRENT] [KEEP_DATA] [FLEET]
# RUNS times each (default 100), kills `tidemark migrate up` and
# `migrate rollback --all` with SIGKILL at a random moment; RESTARTS times
# (default 20) stops the server with `pg_ctl stop -m immediate` during an
# `up` and starts it again; CONCURRENT times (default 10) starts 3 to 8
# `up` runs at once. KEEP_DATA times (default RUNS / 5, rounded up) kills
# `migrate rollback --all --keep-data` over four transactional migrations
# whose Downs drop a table moved to the archive, a table copied there, a
# column, and narrow a column's type; FLEET times (default RUNS / 5,
# rounded up) kills `migrate up --targets FILE --parallel 4 --run-log LOG`
# over six databases of the cluster, then resumes it with the same log.
# After each fault it checks, against the server:
#   - a transactional migration is applied with its tracking row, or not
#     applied (none of its objects, no ledger row) without one;
#   - a notransaction migration without a row changed nothing; one left
#     dirty names the statement that was running (failed_at);
#   - nothing ran twice (each migration adds one row to a ledger table);
#   - the documented recovery (repair --pending for a dirty migration,
#     then `up`) applies everything, each migration exactly once;
#   - keep-data: a rolled-back migration's data is in the archive exactly
#     once (same rows and values), else the migration is still applied
#     with its data; `up --restore-data` then puts every value back and
#     empties the archive;
#   - fleet: the above on every target, the run log holds whole JSON lines
#     only, and the resumed run finishes every target, each migration
#     applied exactly once per target.
# Prints the figures per kind of fault and in all; exits 1 on any broken
# invariant. TIDEMARK names the binary (default build/tidemark).
set -uo pipefail
runs="${1:-100}"
restarts="${2:-20}"
concurrent="${3:-10}"
keep_runs="${4:-$(((runs + 4) / 5))}"
fleet_runs="${5:-$(((runs + 4) / 5))}"
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

# The database the checks and `tm` work on (the fleet's runs switch it),
# and the migrations directory `tm` runs (the keep-data runs switch it).
db=faults
dir=migrations
psql_db() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$cluster" -U postgres -d "$db" "$@"; }
psql_adm() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$cluster" -U postgres -d postgres "$@"; }
tm() { (cd "$work" && exec "$tidemark" --dir "$dir" --database-url "postgresql:///$db?host=$cluster&user=postgres" migrate "$@"); }

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
  # one query for every migration: its tracking row, objects and ledger rows
  local sql="" track rows
  for v in "${versions[@]}"; do
    track="SELECT 0::bigint, false, ''::text"
    if [ "$has_table" = t ]; then
      track="SELECT count(*), coalesce(bool_or(dirty), false), coalesce(max(failed_at), '')
               FROM tidemark.migrations WHERE version = '$v'"
    fi
    sql+="${sql:+ UNION ALL }SELECT '$v', t.*, o.*, (SELECT count(*) FROM ledger WHERE v = '$v')
            FROM ($track) t, ($(objects_sql "$v")) o"
  done
  rows="$(psql_db -c "$sql")" || {
    fail "$what: cannot query the server"
    return
  }
  while IFS='|' read -r v row dirty failed_at have total ledger; do
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
  done <<<"$rows"
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

# SIGKILL to a process and all its descendants, children first.
kill_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$child"; done
  kill -KILL "$1" 2>/dev/null
}
# Kills "$@" (a command: tm, tm_keep or tm_fleet and its arguments) after
# a random delay of up to max_ms.
kill_during() {
  local max_ms="$1" pid delay
  shift
  "$@" >/dev/null 2>&1 &
  pid=$!
  delay=$((RANDOM % max_ms))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  # $! is the shell running the function; tidemark is its child: kill
  # that too (killing the shell alone would leave tidemark running)
  kill_tree "$pid"
  wait "$pid" 2>/dev/null
  # the server notices the dead client and ends its backends (in every
  # database: a fleet run has one per target)
  psql_adm -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
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


# --- keep-data: SIGKILL during `rollback --all --keep-data` ---------------
# Four transactional migrations whose Downs destroy data --keep-data keeps:
# 0004 narrows notes.rating (the changed values), 0003 drops notes (copied:
# it has a foreign key), 0002 drops users.phone (the column by key), 0001
# drops users (moved into the archive). After the first `up` the data is
# changed so that no Up could make it again: only the archive has it.
keep="$work/keep"
mkdir -p "$keep"
cat >"$keep/0001_users.sql" <<'SQL'
-- +migrate Up
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
SELECT pg_sleep(0.05);
INSERT INTO ledger VALUES ('0001');
-- +migrate Down
DELETE FROM ledger WHERE v = '0001';
SELECT pg_sleep(0.05);
DROP TABLE users;
SQL
cat >"$keep/0002_users_phone.sql" <<'SQL'
-- +migrate Up
ALTER TABLE users ADD COLUMN phone text;
SELECT pg_sleep(0.05);
INSERT INTO ledger VALUES ('0002');
-- +migrate Down
DELETE FROM ledger WHERE v = '0002';
SELECT pg_sleep(0.05);
ALTER TABLE users DROP COLUMN phone;
SQL
cat >"$keep/0003_notes.sql" <<'SQL'
-- +migrate Up
CREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, body text NOT NULL,
                    rating numeric(6,1));
SELECT pg_sleep(0.05);
INSERT INTO ledger VALUES ('0003');
-- +migrate Down
DELETE FROM ledger WHERE v = '0003';
SELECT pg_sleep(0.05);
DROP TABLE notes;
SQL
cat >"$keep/0004_notes_rating.sql" <<'SQL'
-- +migrate Up
ALTER TABLE notes ALTER COLUMN rating TYPE numeric(6,3);
SELECT pg_sleep(0.05);
INSERT INTO ledger VALUES ('0004');
-- +migrate Down
DELETE FROM ledger WHERE v = '0004';
SELECT pg_sleep(0.05);
ALTER TABLE notes ALTER COLUMN rating TYPE numeric(6,1);
SQL
keep_versions=(0001 0002 0003 0004)
# The data only the archive can give back (every rating changes when
# rounded to one decimal).
keep_data_sql="INSERT INTO users SELECT g, 'user' || g FROM generate_series(1, 2000) g;
  UPDATE users SET phone = '+1-555-' || (id * 7);
  INSERT INTO notes SELECT g, 1 + g % 2000, 'note ' || g, (g % 900) / 10.0 + 0.025 FROM generate_series(1, 3000) g;"
# A fingerprint of each migration's data, read from relation $2.
keep_print_sql() {
  case "$1" in
    0001) echo "SELECT count(*) || ' ' || md5(string_agg(id || ':' || email, ',' ORDER BY id)) FROM $2" ;;
    0002) echo "SELECT count(*) || ' ' || md5(string_agg(id || ':' || phone, ',' ORDER BY id)) FROM $2" ;;
    0003) echo "SELECT count(*) || ' ' || md5(string_agg(id || ':' || user_id || ':' || body, ',' ORDER BY id)) FROM $2" ;;
    0004) echo "SELECT count(*) || ' ' || md5(string_agg(id || ':' || rating, ',' ORDER BY id)) FROM $2" ;;
  esac
}
# Whether the migration's Up is in the live schema (1) or not (0).
keep_live_sql() {
  case "$1" in
    0001) echo "SELECT (to_regclass('public.users') IS NOT NULL)::int" ;;
    0002) echo "SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('public.users') AND attname = 'phone' AND NOT attisdropped" ;;
    0003) echo "SELECT (to_regclass('public.notes') IS NOT NULL)::int" ;;
    0004) echo "SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('public.notes') AND attname = 'rating'
                AND format_type(atttypid, atttypmod) = 'numeric(6,3)'" ;;
  esac
}
keep_table() { case "$1" in 0001 | 0002) echo public.users ;; *) echo public.notes ;; esac; }
declare -A keep_expected=()
tm_keep() {
  local dir=keep
  tm "$@"
}

keep_setup() {
  fresh_db && tm_keep up >/dev/null 2>&1 && psql_db -c "$keep_data_sql" >/dev/null
}

# After a kill: each migration is applied with its data and no archive,
# or rolled back with its data in the archive exactly once.
keep_check() {
  local what="$1" complete="${2:-}" v row dirty live ledger archives print rel sql="" rows
  for v in "${keep_versions[@]}"; do
    sql+="${sql:+ UNION ALL }SELECT '$v', count(*), coalesce(bool_or(dirty), false),
            ($(keep_live_sql "$v")), (SELECT count(*) FROM ledger WHERE v = '$v'),
            (SELECT count(*) FROM tidemark.archives WHERE version = '$v')
            FROM tidemark.migrations WHERE version = '$v'"
  done
  rows="$(psql_db -c "$sql")" || {
    fail "$what: cannot query the server"
    return
  }
  while IFS='|' read -r v row dirty live ledger archives; do
    if [ "$dirty" = t ]; then
      fail "$what: keep-data $v is dirty"
      continue
    fi
    if [ "$row" -eq 1 ]; then
      print="$(psql_db -c "$(keep_print_sql "$v" "$(keep_table "$v")")")"
      if [ "$live" -ne 1 ] || [ "$ledger" -ne 1 ] || [ "$print" != "${keep_expected[$v]}" ]; then
        fail "$what: $v is applied but live $live, ledger $ledger, data '$print' (expected '${keep_expected[$v]}')"
        lost=$((lost + 1))
      fi
      if [ "$archives" -ne 0 ]; then
        fail "$what: $v is applied and still has $archives archives"
        doubled=$((doubled + 1))
      fi
    else
      [ -z "$complete" ] || { fail "$what: $v is not applied after recovery"; lost=$((lost + 1)); }
      if [ "$live" -ne 0 ] || [ "$ledger" -ne 0 ]; then
        fail "$what: $v has no tracking row but live $live, ledger $ledger"
        doubled=$((doubled + 1))
      fi
      if [ "$archives" -ne 1 ]; then
        fail "$what: rolled-back $v has $archives archives (expected 1)"
        if [ "$archives" -eq 0 ]; then lost=$((lost + 1)); else doubled=$((doubled + 1)); fi
        continue
      fi
      rel="$(psql_db -c "SELECT format('%I.%I', archive_schema, archive_table) FROM tidemark.archives WHERE version = '$v'")"
      print="$(psql_db -c "$(keep_print_sql "$v" "$rel")")"
      if [ "$print" != "${keep_expected[$v]}" ]; then
        fail "$what: the archive of $v ($rel) holds '$print' (expected '${keep_expected[$v]}')"
        lost=$((lost + 1))
      fi
    fi
  done <<<"$rows"
}

# Recovery: `up --restore-data` applies what was rolled back and puts every
# kept value back.
keep_recover() {
  local what="$1" out
  out="$(tm_keep up --restore-data 2>&1)" || fail "$what: up --restore-data failed: $out"
  keep_check "$what, after up --restore-data" complete
}

keep_self_test() {
  local label="$1" before="$broken"
  shift
  keep_setup && "$@" >/dev/null 2>&1 || {
    echo "faults.sh: self-test '$label' could not set up" >&2
    exit 2
  }
  keep_check "self-test" 2>/dev/null
  if [ "$broken" -eq "$before" ]; then
    echo "faults.sh: the checker missed: $label" >&2
    exit 2
  fi
  broken="$before" lost=0 doubled=0
}

# --- fleet: SIGKILL during `up --targets FILE --parallel 4`, then resume --
# Six databases of the cluster (fleet_01 to fleet_06, each with its ledger),
# the first migration set, one targets entry listing them by pattern.
fleet_dbs=(fleet_01 fleet_02 fleet_03 fleet_04 fleet_05 fleet_06)
targets="$work/targets.yml"
runlog="$work/fleet-run.jsonl"
cat >"$targets" <<YAML
targets:
  - name: f
    url: "host=$cluster user=postgres dbname=postgres"
    databases: "fleet_0?"
YAML
tm_fleet() { (cd "$work" && exec "$tidemark" --dir migrations migrate "$@" --targets "$targets" --parallel 4 --run-log "$runlog"); }
fleet_setup() {
  local d
  rm -f "$runlog"
  for d in "${fleet_dbs[@]}"; do
    psql_adm -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" \
      -c "CREATE DATABASE $d TEMPLATE fleet_template" || return 1
  done
}
# The checks of a single database, on every target.
fleet_check() {
  local what="$1" complete="${2:-}" d
  for d in "${fleet_dbs[@]}"; do
    db="$d" check "$what, $d" "$complete"
  done
  # a killed run leaves whole lines only in its log
  if [ -f "$runlog" ] && ! jq -e . "$runlog" >/dev/null 2>&1; then
    fail "$what: the run log has a line that is not JSON"
  fi
}
# Recovery: each dirty target is repaired on its own (--database-url), then
# the same command with the same run log resumes the interrupted run.
fleet_resumed=0
fleet_recover() {
  local what="$1" d out
  for d in "${fleet_dbs[@]}"; do
    db="$d"
    for v in $(psql_db -c "SELECT version FROM tidemark.migrations WHERE dirty ORDER BY version" 2>/dev/null); do
      undo_by_hand "$v" >/dev/null
      out="$(tm repair --pending "$v" 2>&1)" || fail "$what: $d: repair --pending $v failed: $out"
    done
  done
  db=faults
  out="$(tm_fleet up 2>&1)" || fail "$what: the resumed fleet run failed: $out"
  case "$out" in *"resuming run"*) fleet_resumed=$((fleet_resumed + 1)) ;; esac
  fleet_check "$what, after the resumed run" complete
}

lose_a_kept_value() {
  local rel
  tm_keep rollback --keep-data &&
    rel="$(psql_db -c "SELECT format('%I.%I', archive_schema, archive_table) FROM tidemark.archives")" &&
    psql_db -c "UPDATE $rel SET rating = 0 WHERE id = 7"
}
if [ "$keep_runs" -gt 0 ]; then
  keep_setup || { echo "faults.sh: cannot set up the keep-data migrations" >&2; exit 2; }
  for v in "${keep_versions[@]}"; do
    keep_expected[$v]="$(psql_db -c "$(keep_print_sql "$v" "$(keep_table "$v")")")"
  done
  keep_self_test "a rollback that kept nothing" tm_keep rollback
  keep_self_test "an archive that lost a value" lose_a_kept_value
  keep_self_test "an archive kept twice" eval 'tm_keep rollback --keep-data &&
    psql_db -c "INSERT INTO tidemark.archives (version, kind, object, table_schema, table_name, column_name,
                  key_columns, column_types, archive_schema, archive_table, statement)
                SELECT version, kind, object, table_schema, table_name, column_name, key_columns,
                       column_types, archive_schema, archive_table, statement FROM tidemark.archives"'
fi

# The fleet's checker, on one applied fleet: each break is found, then mended.
fleet_self_test() {
  local label="$1" break="$2" mend="$3" before="$broken"
  eval "$break" >/dev/null || {
    echo "faults.sh: self-test '$label' could not set up" >&2
    exit 2
  }
  fleet_check "self-test" 2>/dev/null
  if [ "$broken" -eq "$before" ]; then
    echo "faults.sh: the checker missed: $label" >&2
    exit 2
  fi
  eval "$mend" >/dev/null
  broken="$before" lost=0 doubled=0 left_dirty=0 left_partway=0
}
if [ "$fleet_runs" -gt 0 ]; then
  psql_adm -c "CREATE DATABASE fleet_template" >/dev/null &&
    psql -X -q -At -h "$cluster" -U postgres -d fleet_template -c "CREATE TABLE ledger (v text NOT NULL)" &&
    fleet_setup && tm_fleet up >/dev/null 2>&1 ||
    { echo "faults.sh: cannot set up the fleet's databases" >&2; exit 2; }
  fleet_self_test "a migration run twice on one target" \
    "db=fleet_04 psql_db -c \"INSERT INTO ledger VALUES ('0002')\"" \
    "db=fleet_04 psql_db -c \"DELETE FROM ledger WHERE v = '0002'\" -c \"INSERT INTO ledger VALUES ('0002')\""
  fleet_self_test "a cut line in the run log" "printf '{\"run\":\"x\",\"tar' >>\"\$runlog\"" ""
fi

# Figures per kind of fault: the counters' change over each kind's runs.
tallies=()
tally_start() { t_faults=$faults t_lost=$lost t_doubled=$doubled t_broken=$broken t_dirty=$left_dirty t_partway=$left_partway; }
tally_end() {
  tallies+=("$(printf '%-34s %6d %5d %7d %6d %6d %8d' "$1" $((faults - t_faults)) $((lost - t_lost)) \
    $((doubled - t_doubled)) $((broken - t_broken)) $((left_dirty - t_dirty)) $((left_partway - t_partway)))")
}

echo "faults.sh: $runs kills during up, $runs during rollback, $restarts server stops, $concurrent concurrent runs, $keep_runs kills during rollback --keep-data, $fleet_runs during fleet runs"
tally_start
for ((i = 1; i <= runs; i++)); do
  fresh_db || { fail "cannot create the database"; break; }
  kill_during 600 tm up
  faults=$((faults + 1))
  check "kill during up #$i"
  recover "kill during up #$i"
  [ $((i % 10)) -ne 0 ] || progress "$i kills during up"
done
tally_end "SIGKILL during up"
tally_start
for ((i = 1; i <= runs; i++)); do
  fresh_db || { fail "cannot create the database"; break; }
  tm up >/dev/null 2>&1 || fail "rollback #$i: the first up failed"
  kill_during 600 tm rollback --all --yes
  faults=$((faults + 1))
  check "kill during rollback #$i"
  recover "kill during rollback #$i"
  [ $((i % 10)) -ne 0 ] || progress "$i kills during rollback"
done
tally_end "SIGKILL during rollback --all"
tally_start
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
tally_end "server stop (pg_ctl -m immediate)"
tally_start
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
tally_end "3 to 8 concurrent up"
tally_start
for ((i = 1; i <= keep_runs; i++)); do
  keep_setup || { fail "cannot set up the keep-data database"; break; }
  kill_during 700 tm_keep rollback --all --yes --keep-data
  faults=$((faults + 1))
  keep_check "kill during rollback --keep-data #$i"
  rolled="$(psql_db -c "SELECT count(*) FROM tidemark.archives")"
  [ "$rolled" -eq 0 ] || [ "$rolled" -eq 4 ] || left_partway=$((left_partway + 1))
  keep_recover "kill during rollback --keep-data #$i"
  [ $((i % 10)) -ne 0 ] || progress "$i kills during rollback --keep-data"
done
tally_end "SIGKILL during rollback --keep-data"
tally_start
for ((i = 1; i <= fleet_runs; i++)); do
  fleet_setup || { fail "cannot create the fleet's databases"; break; }
  kill_during 1500 tm_fleet up
  faults=$((faults + 1))
  fleet_check "kill during fleet up #$i"
  fleet_recover "kill during fleet up #$i"
  [ $((i % 10)) -ne 0 ] || progress "$i kills during fleet runs"
done
tally_end "SIGKILL during fleet up (6 targets)"

printf '%-34s %6s %5s %7s %6s %6s %8s\n' kind faults lost doubled broken dirty part-way
printf '%s\n' "${tallies[@]}"
echo "fleet runs resumed from their run log: $fleet_resumed of $fleet_runs"
echo "faults that left a migration dirty: $left_dirty, that left some of the set applied: $left_partway"
echo "runs: $((2 * runs + restarts + concurrent + keep_runs + fleet_runs)), faults: $faults, migrations lost: $lost, doubled: $doubled, broken invariants: $broken"
[ "$broken" -eq 0 ]
