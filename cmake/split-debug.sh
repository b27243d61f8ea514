#!/bin/sh
# split-debug.sh OBJCOPY READELF BINARY OUT: writes OUT/tidemark, BINARY
# stripped, and its debug info as OUT/debug/.build-id/NN/REST.debug, the path
# under /usr/lib/debug where gdb looks for it by the binary's build id. The
# stripped binary names the debug file in its .gnu_debuglink too.
set -eu
objcopy=$1 readelf=$2 binary=$3 out=$4
id=$(LC_ALL=C "$readelf" -n "$binary" | sed -n 's/^ *Build ID: *//p')
if [ -z "$id" ]; then
  echo "split-debug: $binary has no build id (link with --build-id)" >&2
  exit 1
fi
head=$(printf '%s' "$id" | cut -c1-2)
rest=$(printf '%s' "$id" | cut -c3-)
rm -rf "$out"
mkdir -p "$out/debug/.build-id/$head"
debug="$out/debug/.build-id/$head/$rest.debug"
"$objcopy" --only-keep-debug --compress-debug-sections=zlib "$binary" "$debug"
chmod 644 "$debug"
"$objcopy" --strip-all --add-gnu-debuglink="$debug" "$binary" "$out/tidemark"
