#!/usr/bin/env bash
# The pre-commit hooks run by the real pre-commit: a throwaway project repo
# whose .pre-commit-config.yaml uses
#   1. tidemark-lint from this checkout's .pre-commit-hooks.yaml, cloned by
#      pre-commit from a local git repo holding that file,
#   2. a `repo: local` hook with `language: system` written in the project's
#      own config,
#   3. tidemark-lint-all (the whole folder) from the same hooks repo.
# Each stages a bad migration and a good one: `pre-commit run` must fail with
# tidemark's message naming the bad file, and pass once it is fixed.
# Nothing reaches the network: PRE_COMMIT_HOME is a temporary folder, git may
# use local paths only, and every proxy points at a closed local port.
# Exit 77 (skip) only when pre-commit is not installed. Usage:
#   precommit_test.sh TIDEMARK_BINARY SOURCE_DIR
set -euo pipefail
tidemark="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
src="$(cd "$2" && pwd)"

if ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIP: pre-commit is not installed (Debian package pre-commit; scripts/install-deps.sh installs it)"
  exit 77
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/home"
ln -s "$tidemark" "$work/bin/tidemark"
export PATH="$work/bin:$PATH"
export HOME="$work/home" PRE_COMMIT_HOME="$work/pre-commit-home"
export GIT_CONFIG_NOSYSTEM=1 GIT_ALLOW_PROTOCOL=file
export GIT_AUTHOR_NAME=tidemark GIT_AUTHOR_EMAIL=tidemark@localhost
export GIT_COMMITTER_NAME=tidemark GIT_COMMITTER_EMAIL=tidemark@localhost
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9
export HTTP_PROXY=$http_proxy HTTPS_PROXY=$https_proxy no_proxy= NO_PROXY=
export PIP_NO_INDEX=1 PRE_COMMIT_NO_CONCURRENCY=1 NO_COLOR=1
unset DATABASE_URL

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The hooks repo: this checkout's .pre-commit-hooks.yaml, committed.
git init -q "$work/hooks"
cp "$src/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" add .pre-commit-hooks.yaml
git -C "$work/hooks" commit -qm hooks
rev="$(git -C "$work/hooks" rev-parse HEAD)"

good='-- +migrate Up
CREATE TABLE accounts (id bigint PRIMARY KEY);

-- +migrate Down
DROP TABLE accounts;
'
bad='-- +migrate Up
ALTER TABLE users DROP COLUMN fax;
'
fixed='-- +migrate Up
ALTER TABLE users ADD COLUMN fax text;

-- +migrate Down
ALTER TABLE users DROP COLUMN fax;
'

# A fresh project repo with `config` as its .pre-commit-config.yaml.
project() {
  rm -rf "$work/project"
  git init -q "$work/project"
  mkdir "$work/project/migrations"
  printf '%s' "$1" > "$work/project/.pre-commit-config.yaml"
  git -C "$work/project" add .pre-commit-config.yaml
}

# run NAME EXPECTED_EXIT: pre-commit run on the staged files.
run() {
  local code=0
  (cd "$work/project" && pre-commit run) > "$work/out" 2>&1 || code=$?
  if [ "$code" -ne "$2" ]; then
    fail "$1: pre-commit run exited $code, expected $2"; cat "$work/out"
    return 1
  fi
  echo "ok: $1 (exit $code)"
}
expect_output() {  # expect_output NAME TEXT
  grep -qF -- "$2" "$work/out" || { fail "$1: output lacks '$2'"; cat "$work/out"; }
}
refuse_output() {
  if grep -qF -- "$2" "$work/out"; then fail "$1: output has '$2'"; cat "$work/out"; fi
}

# One scenario: a good and a bad migration staged, then the bad one fixed.
per_file() {  # per_file NAME CONFIG
  project "$2"
  printf '%s' "$good" > "$work/project/migrations/0001_accounts.sql"
  printf '%s' "$bad" > "$work/project/migrations/0002_drop_fax.sql"
  git -C "$work/project" add migrations
  if run "$1: bad migration staged" 1; then
    expect_output "$1" "migrations/0002_drop_fax.sql:2:1: error: dropping column users.fax"
    expect_output "$1" "[ban-drop-column]"
    refuse_output "$1" "0001_accounts.sql:"
  fi
  printf '%s' "$fixed" > "$work/project/migrations/0002_drop_fax.sql"
  git -C "$work/project" add migrations
  run "$1: fixed" 0 && expect_output "$1" "Passed"
}

per_file "tidemark-lint from the hooks repo" "repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: tidemark-lint
        files: ^migrations/.*\\.sql\$
"

per_file "language: system hook in the project's config" 'repos:
  - repo: local
    hooks:
      - id: migrations
        name: lint migrations
        entry: tidemark lint
        language: system
        files: ^migrations/.*\.sql$
        require_serial: true
'

# The whole-folder hook sees what no single file shows: a version used twice.
project "repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: tidemark-lint-all
"
printf '%s' "$good" > "$work/project/migrations/0001_accounts.sql"
printf '%s' "$fixed" > "$work/project/migrations/0001_fax.sql"
git -C "$work/project" add migrations
if run "tidemark-lint-all: duplicate version staged" 1; then
  expect_output "tidemark-lint-all" "[duplicate-version]"
  expect_output "tidemark-lint-all" "0001_fax.sql"
fi
git -C "$work/project" mv migrations/0001_fax.sql migrations/0002_fax.sql
run "tidemark-lint-all: renamed" 0 && expect_output "tidemark-lint-all" "Passed"

# Nothing was fetched: the only repo pre-commit cloned is the local one.
if [ -d "$PRE_COMMIT_HOME" ] && grep -rqs "://" "$PRE_COMMIT_HOME"/db.db 2>/dev/null; then
  fail "pre-commit recorded a remote repository"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures pre-commit check(s) failed"
  exit 1
fi
echo "pre-commit hooks: all checks passed"
