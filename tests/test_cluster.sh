#!/usr/bin/env bash
# Starts or stops the PostgreSQL cluster that a CTest run shares:
#   test_cluster.sh start DIR   initdb into DIR/data, serve on a socket in DIR
#   test_cluster.sh stop DIR    stop it and remove DIR
# CTest runs every test binary once per test; sharing one throwaway cluster
# spares each of them an initdb. Run directly, a test binary starts its own.
set -euo pipefail
cmd="${1:?start or stop}"
dir="${2:?directory}"

bindir="$(pg_config --bindir 2>/dev/null || true)"
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
run=()
if [ "$(id -u)" -eq 0 ]; then run=(runuser -u postgres --); fi

case "$cmd" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    "${run[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "test cluster on socket directory $dir"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
