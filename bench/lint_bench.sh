#!/usr/bin/env bash
# Whole-process lint benchmark: tidemark lint against squawk on the same
# corpus, in one run.
#   1. a corpus of 1,000 migrations x 20 statements (20,000 statements)
#   2. one 20-statement file (the pre-commit case)
# Both tools print every finding (gcc-style one-liners for tidemark, squawk's
# default report) to /dev/null; both exit 1 on findings, which is expected.
#
# usage: bench/lint_bench.sh [TIDEMARK_BINARY]
# env:   RUNS (default 10), FILES (1000), STATEMENTS (20), OUT (temp dir)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tidemark="${1:-${TIDEMARK:-}}"
if [ -z "$tidemark" ]; then
  for candidate in "$root"/build-*/tidemark "$root"/build/tidemark; do
    if [ -x "$candidate" ]; then tidemark="$candidate"; break; fi
  done
fi
if [ -z "$tidemark" ] || [ ! -x "$tidemark" ]; then
  echo "lint_bench: no tidemark binary; build it or pass its path" >&2
  exit 2
fi
squawk="$here/peers/node_modules/.bin/squawk"
if [ ! -x "$squawk" ]; then
  echo "lint_bench: squawk missing; run scripts/install-deps.sh --peers" >&2
  exit 2
fi
# The npm package's .bin/squawk is a node launcher for a native binary; time
# both, so that node's start-up is visible apart from squawk's own work.
native="$(ls "$here"/peers/node_modules/@squawk-cli/*/bin/squawk 2>/dev/null | head -1 || true)"
native_corpus=()
native_single=()
command -v hyperfine >/dev/null || { echo "lint_bench: hyperfine is needed" >&2; exit 2; }

runs="${RUNS:-10}"
files="${FILES:-1000}"
statements="${STATEMENTS:-20}"
work="${OUT:-$(mktemp -d /tmp/tidemark-lint-bench.XXXXXX)}"
corpus="$work/corpus"
single="$work/single"
rm -rf "$corpus" "$single"
python3 "$here/lint_corpus.py" "$corpus" "$files" "$statements"
python3 "$here/lint_corpus.py" "$single" 1 "$statements"
single_file="$(ls "$single"/*.sql)"

count_statements() {
  "$tidemark" --format json lint "$1" 2>/dev/null |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["statements"])'
}
echo "tidemark: $tidemark ($("$tidemark" --version))"
echo "squawk:   $squawk ($("$squawk" --version))"
echo "cores:    $(nproc); corpus: $files files, $(count_statements "$corpus") statements; single file: $(count_statements "$single_file") statements"
echo

# squawk takes files; tidemark takes the folder (it would take the files too).
export NO_COLOR=1
if [ -n "$native" ]; then
  native_corpus=(-n "squawk native binary (corpus)" "bash -c '$native $corpus/*.sql'")
  native_single=(-n "squawk native binary (one file)" "$native $single_file")
fi
hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$work/corpus.json" \
  -n "tidemark lint (corpus, all cores)" "$tidemark lint --reporter gcc $corpus" \
  -n "tidemark lint -j1 (corpus, one core)" "$tidemark lint -j 1 --reporter gcc $corpus" \
  -n "squawk (corpus)" "bash -c '$squawk $corpus/*.sql'" \
  "${native_corpus[@]}" >/dev/null
hyperfine -N -i --warmup 3 --runs "$((runs * 5))" --export-json "$work/single.json" \
  -n "tidemark lint (one file)" "$tidemark lint --reporter gcc $single_file" \
  -n "squawk (one file)" "$squawk $single_file" \
  "${native_single[@]}" >/dev/null

python3 - "$work/corpus.json" "$work/single.json" <<'PY'
import json, sys
def load(path):
    return {r["command"]: r for r in json.load(open(path))["results"]}
def line(r):
    # CPU time (user + system) is shown too: on a shared machine it varies
    # far less than wall time.
    return (f"{r['mean'] * 1000:9.1f} ms ± {r['stddev'] * 1000:6.1f} (median {r['median'] * 1000:.1f} ms,"
            f" cpu {(r['user'] + r['system']) * 1000:.1f} ms)")
corpus, single = load(sys.argv[1]), load(sys.argv[2])
print("corpus (1,000 files):")
for name, r in corpus.items():
    print(f"  {name:40s} {line(r)}")
for peer in ("squawk (corpus)", "squawk native binary (corpus)"):
    if peer not in corpus:
        continue
    for name in ("tidemark lint (corpus, all cores)", "tidemark lint -j1 (corpus, one core)"):
        print(f"  {peer} / {name}: {corpus[peer]['mean'] / corpus[name]['mean']:.2f}x")
print("one 20-statement file (pre-commit):")
for name, r in single.items():
    print(f"  {name:40s} {line(r)}")
for peer in ("squawk (one file)", "squawk native binary (one file)"):
    if peer in single:
        print(f"  {peer} / tidemark: {single[peer]['mean'] / single['tidemark lint (one file)']['mean']:.2f}x")
PY
echo
echo "raw results: $work/corpus.json $work/single.json"
