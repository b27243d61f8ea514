#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/) with clang, ASan and UBSan into
# build-fuzz/ (or $TIDEMARK_FUZZ_BUILD_DIR) and runs each for SECONDS
# (default 60) on one core, then prints per harness: executions, coverage
# (edges), corpus size and crashes. The corpus grows in build-fuzz/corpus/;
# crash inputs land in build-fuzz/crashes/<harness>/. Exits 1 when a harness
# crashed. Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
build="${TIDEMARK_FUZZ_BUILD_DIR:-build-fuzz}"
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(migration analyzer catalog lint config)

CC="${CC:-clang-14}" CXX="${CXX:-clang++-14}" cmake -S . -B "$build" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIDEMARK_FUZZ=ON \
  -DTIDEMARK_BUILD_TESTS=OFF -DTIDEMARK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "${TIDEMARK_FUZZ_BUILD_JOBS:-2}" \
  --target "${harnesses[@]/#/fuzz_}" >/dev/null

seeds_for() {
  case "$1" in
    config) echo "fuzz/seeds/config" ;;
    *) echo "tests/golden tests/corpus examples" ;;
  esac
}

status=0
printf '%-10s %14s %8s %8s %8s\n' harness executions edges corpus crashes
for name in "${harnesses[@]}"; do
  corpus="$build/corpus/$name"
  crashes="$build/crashes/$name"
  log="$build/fuzz-$name.log"
  mkdir -p "$corpus" "$crashes"
  # shellcheck disable=SC2046
  "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -print_final_stats=1 \
    -dict=fuzz/tidemark.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" "$corpus" $(seeds_for "$name") fuzz/regressions/"$name" \
    >"$log" 2>&1 || true
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  found=$(find "$crashes" -type f | wc -l)
  printf '%-10s %14s %8s %8s %8s\n' "$name" "${execs:-?}" "${edges:-?}" \
    "$(find "$corpus" -type f | wc -l)" "$found"
  if [ "$found" -gt 0 ] || grep -q 'ERROR: libFuzzer\|ERROR: AddressSanitizer\|runtime error' "$log"; then
    status=1
    echo "  $name: see $log and $crashes/" >&2
  fi
done
exit "$status"
