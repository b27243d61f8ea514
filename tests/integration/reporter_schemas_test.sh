#!/usr/bin/env bash
# lint's machine reporters checked by the programs that read them:
#   --reporter sarif   against the SARIF 2.1.0 JSON schema (the copy the SARIF
#                      multitool ships) with ajv, a JSON-schema validator, and
#                      by the multitool's own `validate`;
#   --reporter gitlab  against gitlab-code-quality.schema.json (GitLab's
#                      documented Code Quality format) with ajv.
# The validators come from scripts/install-deps.sh --peers (bench/peers). The
# test is skipped (exit 77) only when npm is absent. Usage:
#   reporter_schemas_test.sh TIDEMARK_BINARY SOURCE_DIR
set -euo pipefail
tidemark="$1"
src="$(cd "$2" && pwd)"
here="$src/tests/integration"
peers="$src/bench/peers/node_modules"

if ! command -v npm >/dev/null 2>&1; then
  echo "SKIP: npm is not installed, so the SARIF and GitLab validators cannot be; install npm and run scripts/install-deps.sh --peers"
  exit 77
fi
ajv="$peers/.bin/ajv"
multitool="$peers/@microsoft/sarif-multitool-linux/Sarif.Multitool"
sarif_schema="$peers/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
for need in "$ajv" "$multitool" "$sarif_schema" "$peers/ajv-formats"; do
  if [ ! -e "$need" ]; then
    echo "FAIL: $need is missing; run scripts/install-deps.sh --peers" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check NAME COMMAND...: runs the command, counts a failure
  local name="$1"; shift
  if "$@" > "$work/out" 2>&1; then
    echo "ok: $name"
  else
    echo "FAIL: $name"; cat "$work/out"; failures=$((failures + 1))
  fi
}
rejects() {  # rejects NAME COMMAND...: the command must fail
  local name="$1"; shift
  if "$@" > "$work/out" 2>&1; then
    echo "FAIL: $name accepted a broken document"; failures=$((failures + 1))
  else
    echo "ok: $name rejects a broken document"
  fi
}

# The golden cases: 47 rules' findings, file and folder level, run from the
# checkout's root so that paths are relative as CI tools expect.
cd "$src"
lint() {
  local code=0
  "$tidemark" --config tests/golden/lint/default.yml lint --reporter "$1" tests/golden/lint/*/*.sql \
    > "$2" || code=$?
  if [ "$code" -ne 1 ]; then
    echo "FAIL: tidemark lint --reporter $1 exited $code, not 1" >&2
    exit 1
  fi
}
lint sarif "$work/report.sarif.json"
lint gitlab "$work/gitlab.json"
lint json "$work/lint.json"

validate() {  # validate SPEC SCHEMA DOCUMENT
  "$ajv" validate --spec="$1" -c ajv-formats --strict=false --errors=text -s "$2" -d "$3"
}
cd "$peers/.."   # ajv resolves ajv-formats from here
check "SARIF report matches the SARIF 2.1.0 schema" \
  validate draft2020 "$sarif_schema" "$work/report.sarif.json"
check "GitLab report matches the Code Quality format" \
  validate draft7 "$here/gitlab-code-quality.schema.json" "$work/gitlab.json"

# The multitool's validate writes what it finds as a SARIF log; an error in it
# is a SARIF error in ours.
multitool_clean() {
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate "$1" --output "$work/validation.sarif" \
    --log ForceOverwrite --quiet || return 1
  node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const errors = log.runs.flatMap(r => r.results || []).filter(r => r.level === "error");
    for (const e of errors) console.log(e.ruleId + ": " + e.message.text);
    process.exit(errors.length ? 1 : 0);' "$work/validation.sarif"
}
check "SARIF multitool validate finds no error" multitool_clean "$work/report.sarif.json"

# Each report holds every finding, and the validators can fail: a broken copy
# of each report must be rejected.
check "reports hold every finding, GitLab fingerprints unique" node -e '
  const [sarif, gitlab, lint] = process.argv.slice(1).map(f => require(f));
  const n = lint.findings.length;
  if (n < 50) throw new Error("only " + n + " findings to check");
  if (sarif.runs[0].results.length !== n) throw new Error("SARIF has " + sarif.runs[0].results.length + " of " + n);
  if (gitlab.length !== n) throw new Error("GitLab has " + gitlab.length + " of " + n);
  const prints = new Set(gitlab.map(i => i.fingerprint));
  if (prints.size !== n) throw new Error("fingerprints repeat: " + prints.size + " distinct of " + n);
' "$work/report.sarif.json" "$work/gitlab.json" "$work/lint.json"

node -e '
  const fs = require("fs");
  const s = JSON.parse(fs.readFileSync(process.argv[1]));
  s.runs[0].results[0].level = "fatal";
  fs.writeFileSync(process.argv[2], JSON.stringify(s));
  const g = JSON.parse(fs.readFileSync(process.argv[3]));
  g[0].severity = "error";
  delete g[1].location.lines;
  fs.writeFileSync(process.argv[4], JSON.stringify(g));
' "$work/report.sarif.json" "$work/broken.sarif.json" "$work/gitlab.json" "$work/broken-gitlab.json"
rejects "SARIF schema check" validate draft2020 "$sarif_schema" "$work/broken.sarif.json"
rejects "GitLab schema check" validate draft7 "$here/gitlab-code-quality.schema.json" "$work/broken-gitlab.json"

if [ "$failures" -ne 0 ]; then
  echo "$failures reporter check(s) failed"
  exit 1
fi
echo "reporter schemas: all checks passed"
