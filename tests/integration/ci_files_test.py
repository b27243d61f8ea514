#!/usr/bin/env python3
"""action.yml and docs/ci.md run for real.

action.yml's steps are run the way a runner runs a composite action: the
inputs (their defaults, overridden per case) are put into each step's env,
the `if:` of a step is evaluated, and `run` goes to bash -eo pipefail.
Every tidemark command line in docs/ci.md's code blocks is run with the real
binary. A real PostgreSQL backs `migrate status`: the cluster ctest shares
(TIDEMARK_TEST_SOCKET_DIR) or one started here.

Usage: ci_files_test.py TIDEMARK_BINARY SOURCE_DIR
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml

TIDEMARK = os.path.abspath(sys.argv[1])
SRC = os.path.abspath(sys.argv[2])
failures = []


def check(ok, what, detail=""):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)
        if detail:
            print(detail)


GOOD = "-- +migrate Up\nCREATE TABLE accounts (id bigint PRIMARY KEY);\n\n-- +migrate Down\nDROP TABLE accounts;\n"
GOOD2 = "-- +migrate Up\nCREATE TABLE invoices (id bigint PRIMARY KEY);\n\n-- +migrate Down\nDROP TABLE invoices;\n"
BAD = "-- +migrate Up\nALTER TABLE accounts DROP COLUMN fax;\n"
WARNING_ONLY = ("-- +migrate Up\nSET lock_timeout = '5s';\nALTER TABLE accounts RENAME COLUMN id TO account_id;\n\n"
                "-- +migrate Down\nSET lock_timeout = '5s';\nALTER TABLE accounts RENAME COLUMN account_id TO id;\n")


class Postgres:
    def __init__(self):
        self.own = None
        self.sock = os.environ.get("TIDEMARK_TEST_SOCKET_DIR")
        if not self.sock:
            self.own = tempfile.mkdtemp(prefix="tidemark-ci-pg-")
            subprocess.run([os.path.join(SRC, "tests", "test_cluster.sh"), "start", self.own], check=True,
                           stdout=subprocess.DEVNULL)
            self.sock = self.own
        self.count = 0

    def new_database(self):
        self.count += 1
        name = f"ci_files_{os.getpid()}_{self.count}"
        psql = shutil.which("psql")
        if psql is None:
            raise SystemExit("psql is missing (postgresql-client-15)")
        subprocess.run([psql, "-q", "-h", self.sock, "-U", "postgres", "-d", "postgres", "-c",
                        f'CREATE DATABASE "{name}"'], check=True)
        return f"postgresql:///{name}?host={self.sock}&user=postgres"

    def stop(self):
        if self.own:
            subprocess.run([os.path.join(SRC, "tests", "test_cluster.sh"), "stop", self.own], check=False)


def run_tidemark(args, cwd, env=None):
    return subprocess.run([TIDEMARK] + args, cwd=cwd, env=env, capture_output=True, text=True)


def workspace(files):
    ws = tempfile.mkdtemp(prefix="tidemark-ci-")
    os.makedirs(os.path.join(ws, "migrations"))
    for name, text in files.items():
        with open(os.path.join(ws, "migrations", name), "w") as f:
            f.write(text)
    return ws


with open(os.path.join(SRC, "action.yml")) as f:
    ACTION = yaml.safe_load(f)
INPUT_REF = re.compile(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}")
IF_SET = re.compile(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*!=\s*''\s*\}\}")


def run_action(ws, **inputs):
    """[(step name, exit code or None when skipped, output)] up to the first failure."""
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values["tidemark"] = TIDEMARK
    for key, value in inputs.items():
        values[key.replace("_", "-")] = value
    results = []
    for step in ACTION["runs"]["steps"]:
        cond = step.get("if")
        if cond is not None:
            m = IF_SET.fullmatch(cond.strip())
            assert m, f"step {step['name']}: cannot evaluate if: {cond}"
            if values[m.group(1)] == "":
                results.append((step["name"], None, ""))
                continue
        assert step.get("shell") == "bash", step
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
        env["NO_COLOR"] = "1"
        for key, value in step.get("env", {}).items():
            env[key] = INPUT_REF.sub(lambda m: values[m.group(1)], str(value))
        p = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=ws,
                           env=env, capture_output=True, text=True)
        results.append((step["name"], p.returncode, p.stdout + p.stderr))
        if p.returncode != 0:
            break
    return results


def codes(results):
    return [code for _, code, _ in results]


def dump(results):
    return "\n".join(f"--- {name}: {code}\n{out}" for name, code, out in results)


def main():
    # The inputs the docs promise, and no reference to an undeclared one.
    declared = set(ACTION["inputs"])
    check(declared == {"tidemark", "version", "dir", "database-url", "fail-on"}, "action.yml declares its inputs",
          str(declared))
    used = set(INPUT_REF.findall(open(os.path.join(SRC, "action.yml")).read())) | set(
        IF_SET.findall(open(os.path.join(SRC, "action.yml")).read()))
    check(used <= declared, "action.yml uses only declared inputs", str(used - declared))
    check(ACTION["runs"]["using"] == "composite", "action.yml is a composite action")
    runs = "\n".join(step["run"] for step in ACTION["runs"]["steps"])
    for needed in ["lint --reporter github", "migrate undo --check", "migrate status --exit-code"]:
        check(needed in runs, f"action.yml runs {needed}")

    pg = Postgres()
    try:
        version = run_tidemark(["--version"], SRC).stdout.strip().split()[-1]

        ws = workspace({"0001_accounts.sql": GOOD})
        url = pg.new_database()
        up = run_tidemark(["--database-url", url, "migrate", "up"], ws)
        check(up.returncode == 0, "migrate up of the clean workspace", up.stderr)
        r = run_action(ws, database_url=url, version=version)
        check(codes(r) == [0, 0, 0, 0], "clean migrations, all applied: every step passes", dump(r))
        r = run_action(ws)
        check(codes(r) == [0, 0, 0, None], "without database-url the status step is skipped", dump(r))
        r = run_action(ws, version="0.0.0-not-this")
        check(codes(r) == [1] and "::error title=tidemark version::" in r[0][2], "a wrong version fails", dump(r))

        with open(os.path.join(ws, "migrations", "0002_invoices.sql"), "w") as f:
            f.write(GOOD2)
        r = run_action(ws, database_url=url)
        check(codes(r) == [0, 0, 0, 5] and "0002_invoices.sql" in r[3][2], "a pending migration fails status (5)",
              dump(r))

        # Every command line in docs/ci.md, run in this workspace against its
        # database with everything applied.
        up = run_tidemark(["--database-url", url, "migrate", "up"], ws)
        check(up.returncode == 0, "migrate up of the second migration", up.stderr)
        doc = open(os.path.join(SRC, "docs", "ci.md")).read()
        blocks = re.findall(r"^```[a-z]*\n(.*?)^```", doc, re.S | re.M)
        command = re.compile(r"(?:^\s*(?:-\s+)?(?:run:\s+)?|\bthen\s+)(tidemark(?= |$)[^;|>#\n]*)", re.M)
        lines = [m.strip() for block in blocks for m in command.findall(block)]
        check(len(lines) >= 7, f"docs/ci.md has tidemark command lines ({len(lines)})", "\n".join(lines))
        for needed in ["lint --reporter github", "lint --reporter gitlab", "migrate undo --check",
                       "migrate status --exit-code"]:
            check(any(needed in line for line in lines), f"docs/ci.md shows {needed}")
        env = dict(os.environ, DATABASE_URL=url, DIR="migrations", FAIL_ON="error", NO_COLOR="1")
        for line in lines:
            args = [re.sub(r"\$\{?(\w+)\}?", lambda m: env[m.group(1)], a) for a in shlex.split(line)][1:]
            p = run_tidemark(args, ws, env)
            check(p.returncode == 0, f"docs/ci.md: {line}", p.stdout + p.stderr)
            if "--reporter gitlab" in line:
                check(p.stdout.strip() == "[]", "the GitLab report of clean migrations is an empty list", p.stdout)

        # lint findings fail the lint step, as annotations; fail-on is passed.
        bad = workspace({"0001_drop.sql": BAD})
        r = run_action(bad)
        check(codes(r) == [0, 1] and "::error file=migrations/0001_drop.sql,line=2" in r[1][2],
              "a bad migration fails lint with an annotation", dump(r))
        warn = workspace({"0001_accounts.sql": GOOD, "0002_rename.sql": WARNING_ONLY})
        r = run_action(warn)
        check(codes(r)[:2] == [0, 0] and "::warning file=" in r[1][2], "a warning passes lint at fail-on error",
              dump(r))
        r = run_action(warn, fail_on="warning")
        check(codes(r) == [0, 1], "a warning fails lint at fail-on warning", dump(r))
        for d in (ws, bad, warn):
            shutil.rmtree(d, ignore_errors=True)
    finally:
        pg.stop()

    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("CI files: all checks passed")


main()
