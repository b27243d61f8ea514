#!/usr/bin/env bash
# Installs what tidemark needs to build and test on Debian 12: compilers and
# libraries from Debian's packages, the PostgreSQL 15 server the tests and
# `migrate verify` start, and (with --peers) the peer tools the benchmarks
# compare against and the validators the reporter tests use. With --demo
# only what building the tidemark binary and running scripts/demo.sh need. Safe to run again: it installs only what is missing.
set -euo pipefail

# What building the tidemark binary and running the demo need.
packages=(
  build-essential cmake pkg-config ccache
  libpg-query-dev libprotobuf-dev protobuf-compiler
  libpqxx-dev libpq-dev libcli11-dev libre2-dev
  libfmt-dev nlohmann-json3-dev libyaml-cpp-dev libssl-dev
  postgresql-15
)
# What the tests, benchmarks and style checks need on top; the package test
# also builds the .deb (dpkg-dev's dpkg-shlibdeps, file) and tries its man
# page and completion scripts (man-db, groff, zsh, fish).
test_packages=(
  git python3 python3-yaml libgtest-dev libgmock-dev libbenchmark-dev
  clang-format clang-tidy postgresql-client-15 pre-commit
  dpkg-dev file man-db groff-base zsh fish
)
want_peers=0
want_tests=1
for arg in "$@"; do
  case "$arg" in
    --peers) want_peers=1 ;;
    --demo) want_tests=0 ;;
    *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$want_tests" -eq 1 ]; then
  packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  line="apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    $line
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive $line
  else
    echo "install-deps: these packages are missing; run as root:" >&2
    echo "  apt-get update && $line" >&2
    exit 1
  fi
fi

if [ "$want_peers" -eq 1 ]; then
  here="$(cd "$(dirname "$0")/.." && pwd)"
  peers="$here/bench/peers"
  # The benchmarks' peers (squawk, dbmate, knex with pg), and the validators
  # the reporter tests check lint's output with: ajv (a JSON-schema
  # validator) and the SARIF multitool, which ships the SARIF 2.1.0 schema.
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: npm not found; the peer benchmarks and the reporter schema tests will be skipped" >&2
  elif [ ! -x "$peers/node_modules/.bin/squawk" ] || [ ! -x "$peers/node_modules/.bin/dbmate" ] \
       || [ ! -d "$peers/node_modules/knex" ] || [ ! -d "$peers/node_modules/pg" ] \
       || [ ! -x "$peers/node_modules/.bin/ajv" ] || [ ! -d "$peers/node_modules/ajv-formats" ] \
       || [ ! -f "$peers/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json" ]; then
    mkdir -p "$peers"
    (cd "$peers" && npm install --no-audit --no-fund --silent squawk-cli dbmate knex pg \
        ajv-cli ajv-formats @microsoft/sarif-multitool) \
      || echo "install-deps: npm install of the peers failed; the peer benchmarks will be skipped" >&2
  fi
fi
