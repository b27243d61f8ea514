#!/usr/bin/env bash
# Fleet rollout benchmark, in one run, on one throwaway cluster:
#   TARGETS databases (default 100) x MIGRATIONS migrations (default 50, one
#   small table each) applied with
#     - `tidemark migrate up --targets FILE --parallel P` for P in PARALLEL
#       (default "1 4 8 16")
#     - the peer: a shell loop running `tidemark migrate up` once per database
#       (what teams do without fleet support)
# Every variant applies the same migrations into its own tables and tracking
# schema on the same databases, so each starts from nothing applied. Times
# are wall-clock seconds of the whole processes, after one status over the
# fleet has connected to every database once; the ratio column is the
# shell loop's time over the variant's.
#
# usage: bench/fleet_bench.sh [TIDEMARK_BINARY]
# env:   TARGETS (100), MIGRATIONS (50), PARALLEL ("1 4 8 16"), OUT (temp dir)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tidemark="${1:-${TIDEMARK:-}}"
if [ -z "$tidemark" ]; then
  for candidate in "$root"/build-*/tidemark "$root"/build/tidemark; do
    if [ -x "$candidate" ]; then tidemark="$candidate"; break; fi
  done
fi
[ -x "$tidemark" ] || { echo "fleet_bench: no tidemark binary" >&2; exit 2; }

targets="${TARGETS:-100}"
n="${MIGRATIONS:-50}"
parallel="${PARALLEL:-1 4 8 16}"
work="${OUT:-}"
cleanup_work=false
if [ -z "$work" ]; then work="$(mktemp -d /tmp/tidemark-fleet-bench.XXXXXX)"; cleanup_work=true; fi
chmod 755 "$work"
cluster="$work/cluster"
trap 'bash "$root/tests/test_cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; if $cleanup_work; then rm -rf "$work"; fi' EXIT
bash "$root/tests/test_cluster.sh" start "$cluster" >/dev/null

conn="host=$cluster user=postgres"
for i in $(seq -w 1 "$targets"); do echo "CREATE DATABASE db$i;"; done |
  psql -q -X -v ON_ERROR_STOP=1 "$conn dbname=postgres" >/dev/null

variants=()
for p in $parallel; do variants+=("p$p"); done
variants+=("loop")
for v in "${variants[@]}"; do
  mkdir -p "$work/$v"
  for i in $(seq 1 "$n"); do
    f="$(printf '%s/%04d_m%d.sql' "$work/$v" "$i" "$i")"
    printf -- '-- +migrate Up\nCREATE TABLE %s_t%d (id bigint PRIMARY KEY, v text);\n-- +migrate Down\nDROP TABLE %s_t%d;\n' \
      "$v" "$i" "$v" "$i" >"$f"
  done
done
printf 'targets:\n  - name: bench\n    url: "%s dbname=postgres"\n    databases: "db*"\n' "$conn" \
  >"$work/targets.yml"

# A first connection to a fresh database builds its catalog caches; pay it
# once for every database before anything is timed, so that the variant
# run first is not the one charged for it.
"$tidemark" -q --dir "$work/loop" --schema warm_up migrate status --targets "$work/targets.yml" \
  >/dev/null

now() { date +%s.%N; }
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A secs
for p in $parallel; do
  start="$(now)"
  "$tidemark" -q --dir "$work/p$p" --schema "track_p$p" migrate up --targets "$work/targets.yml" \
    --parallel "$p" >"$work/p$p.out"
  secs["p$p"]="$(echo "$(now) - $start" | bc)"
done
start="$(now)"
for i in $(seq -w 1 "$targets"); do
  "$tidemark" -q --dir "$work/loop" --schema track_loop --database-url "$conn dbname=db$i" \
    migrate up >/dev/null
done
secs[loop]="$(echo "$(now) - $start" | bc)"

# Every variant applied every migration everywhere.
for v in "${variants[@]}"; do
  got="$(psql -At -X "$conn dbname=db$(printf "%0${#targets}d" "$targets")" \
    -c "SELECT count(*) FROM track_$v.migrations")"
  [ "$got" = "$n" ] || { echo "fleet_bench: $v applied $got of $n migrations" >&2; exit 1; }
done

echo "fleet rollout: $targets databases x $n migrations, $(nproc) cores, load before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %9s %14s\n' "variant" "seconds" "loop / variant"
for p in $parallel; do
  printf '%-26s %9.2f %14.2f\n' "fleet --parallel $p" "${secs[p$p]}" \
    "$(echo "${secs[loop]} / ${secs[p$p]}" | bc -l)"
done
printf '%-26s %9.2f %14.2f\n' "shell loop of migrate up" "${secs[loop]}" 1
