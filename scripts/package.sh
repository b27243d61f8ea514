#!/usr/bin/env bash
# Builds the Debian packages tidemark_VERSION_ARCH.deb and its debug info,
# tidemark-dbgsym_VERSION_ARCH.deb, into build-package/ (or
# $TIDEMARK_PACKAGE_BUILD_DIR): an optimised build with debug info
# (RelWithDebInfo, so the dbgsym package has something in it), installed under
# /usr, without the tests and benchmarks. Prints the path of the tidemark .deb
# last.
#
# `--from DIR` packages the binary of an existing RelWithDebInfo build folder
# (scripts/build.sh's build/) instead of compiling it once more: only the
# packaged files, which are part of every build, and CPack run there. The test
# package_deb uses it.
# Needs dpkg-dev (dpkg-shlibdeps) and file: scripts/install-deps.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--from" ]; then
  build="${2:?--from needs a build folder}"
  type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)"
  if [ "$type" != RelWithDebInfo ]; then
    echo "package: $build is not a RelWithDebInfo build (CMAKE_BUILD_TYPE=${type:-unset})" >&2
    exit 1
  fi
else
  build="${TIDEMARK_PACKAGE_BUILD_DIR:-build-package}"
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTIDEMARK_BUILD_TESTS=OFF -DTIDEMARK_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target tidemark_dist >/dev/null
rm -f "$build"/tidemark*.deb
(cd "$build" && cpack -G DEB) >"$build/cpack.log" 2>&1 || {
  cat "$build/cpack.log" >&2
  exit 1
}
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
arch="$(dpkg --print-architecture)"
deb="$(cd "$build" && pwd)/tidemark_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
  echo "package: cpack wrote no $deb:" >&2
  cat "$build/cpack.log" >&2
  exit 1
fi
echo "$(cd "$build" && pwd)/tidemark-dbgsym_${version}_${arch}.deb"
echo "$deb"
