#!/usr/bin/env bash
# Builds the Debian packages tidemark_VERSION_ARCH.deb and its debug info,
# tidemark-dbgsym_VERSION_ARCH.deb, into build-package/ (or
# $TIDEMARK_PACKAGE_BUILD_DIR): an optimised build with debug info
# (RelWithDebInfo, so the dbgsym package has something in it and the
# compiler cache is shared with build/), installed under /usr, without the
# tests and benchmarks. Prints the path of the tidemark .deb last.
# Needs dpkg-dev (dpkg-shlibdeps) and file: scripts/install-deps.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${TIDEMARK_PACKAGE_BUILD_DIR:-build-package}"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DTIDEMARK_BUILD_TESTS=OFF -DTIDEMARK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target tidemark_dist
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
