#!/usr/bin/env python3
"""Converts the hand-written PostgreSQL migrations of public projects into
tidemark's combined format (one VERSION_label.sql per migration with
`-- +migrate Up` and `-- +migrate Down` sections), in the order each
project's own migration tool applies them, at pinned commits.

    tests/realworld/convert.py --mirror DIR [--out tests/realworld/corpus] [PROJECT...]

DIR holds one bare git directory per project, named OWNER+NAME/repo (or
OWNER+NAME itself). For every project the script writes OUT/PROJECT/:
  migrations/NNNN_label.sql  in apply order; the header names the source
  PROVENANCE                 repository, commit, licence, and per file the
                             source paths of its Up and Down
  LICENSE (and NOTICE)       the project's licence text, copied verbatim

Only projects whose licence is permissive (Apache-2.0, MIT, BSD, MPL-2.0)
are written as test data; for any other the script stops with a message
(its migrations may be converted locally but are not committed).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

# Each project: repository, pinned commit, licence (checked against the
# repository's LICENSE at that commit), and how its tool finds migrations.
PROJECTS = {
    "kratos": dict(repo="ory/kratos", commit="b86338da04a040247a07f46100a86dcfb3875909",
                   licence="Apache-2.0", tool="popx", dirs=["persistence/sql/migrations/sql"]),
    "hydra": dict(repo="ory/hydra", commit="83127c5752d907f52dd5f048a734c596c4316477",
                  licence="Apache-2.0", tool="popx", dirs=["persistence/sql/migrations"]),
    "keto": dict(repo="ory/keto", commit="e026d8391913caa2dcd1bff92311ce9d1181d821",
                 licence="Apache-2.0", tool="popx",
                 # keto merges ory/x's network migrations into its own box
                 dirs=["internal/persistence/sql/migrations/sql", "oryx/networkx/migrations/sql"]),
    "svix": dict(repo="svix/svix-webhooks", commit="4fc0cfb8b426c87ef7e2b937e7d896a71d456a47",
                 licence="MIT", tool="sqlx", dirs=["server/svix-server/migrations"]),
    "river": dict(repo="riverqueue/river", commit="fdf6cdf12567a5b70c003f5ff850273f09e7efcf",
                  licence="MPL-2.0", tool="river",
                  dirs=["riverdriver/riverpgxv5/migration/main"]),
}

PERMISSIVE = {"Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "MPL-2.0"}
LICENCE_MARKERS = {
    "Apache-2.0": "Apache License",
    "MIT": "MIT License",
    "MPL-2.0": "Mozilla Public License Version 2.0",
}


class Git:
    def __init__(self, git_dir, commit):
        self.git_dir, self.commit = git_dir, commit

    def run(self, *args):
        return subprocess.run(["git", "--git-dir", self.git_dir, *args], check=True,
                              capture_output=True).stdout

    def ls(self, directory):
        out = self.run("ls-tree", "--name-only", f"{self.commit}:{directory}")
        return [n for n in out.decode().splitlines() if n]

    def show(self, path):
        return self.run("show", f"{self.commit}:{path}").decode()

    def has(self, path):
        return subprocess.run(["git", "--git-dir", self.git_dir, "cat-file", "-e",
                               f"{self.commit}:{path}"], capture_output=True).returncode == 0


# popx (ory/x): ^(\d+)_([^.]+)(\.[a-z0-9]+)?(\.autocommit)?\.(up|down)\.sql$ ; per
# version the PostgreSQL file wins over the dialect-free one, other dialects are
# ignored; versions sort as strings; a file that is only comments is skipped.
POPX_NAME = re.compile(r"^(\d+)_([^.]+)(\.[a-z0-9]+)?(\.autocommit)?\.(up|down)\.sql$")
POPX_EMPTY = re.compile(r"(?m)^(\s*--.*|\s*)$")


def popx_empty(text):
    return POPX_EMPTY.sub("", text).replace("\n", "") == ""


def popx(git, directories):
    best = {}  # (version, direction) -> (rank, path, label, autocommit)
    for directory, name in [(d, n) for d in directories for n in git.ls(d)]:
        m = POPX_NAME.match(name)
        if not m:
            continue
        version, label, dialect, autocommit, direction = m.groups()
        if dialect == ".autocommit":
            dialect, autocommit = None, ".autocommit"
        if dialect not in (None, ".postgres"):
            continue
        rank = 2 if dialect == ".postgres" else 1
        key = (version, direction)
        if key not in best or best[key][0] < rank:
            best[key] = (rank, f"{directory}/{name}", label, autocommit is not None)
    out = []
    for version in sorted({v for v, _ in best}):
        up = best.get((version, "up"))
        down = best.get((version, "down"))
        if up is None:
            continue
        up_text = git.show(up[1])
        if popx_empty(up_text):
            continue  # popx runs nothing for it
        down_text = git.show(down[1]) if down else None
        out.append(dict(label=up[2], up=up_text, down=down_text, notransaction=up[3],
                        up_path=up[1], down_path=down[1] if down else None))
    return out


# sqlx (svix): VERSION_label.up.sql / .down.sql, ordered by the integer
# version; "-- no-transaction" as the first line runs it outside a transaction.
# river: NNN_label.up.sql / .down.sql, ordered by number, each in a transaction,
# "/* TEMPLATE: schema */" filled in.
PAIR_NAME = re.compile(r"^(\d+)_(.+)\.(up|down)\.sql$")


def template(text, tool):
    # river fills "/* TEMPLATE: schema */" with "schema." or, for the default
    # search path, nothing; the corpus uses the default.
    return text.replace("/* TEMPLATE: schema */", "") if tool == "river" else text


def pairs(git, directory, tool):
    found = {}
    for name in git.ls(directory):
        m = PAIR_NAME.match(name)
        if m:
            found.setdefault(int(m.group(1)), {})[m.group(3)] = (name, m.group(2))
    out = []
    for version in sorted(found):
        entry = found[version]
        if "up" not in entry:
            continue
        up_text = template(git.show(f"{directory}/{entry['up'][0]}"), tool)
        down = entry.get("down")
        notx = tool == "sqlx" and up_text.lstrip().startswith("-- no-transaction")
        out.append(dict(label=entry["up"][1], up=up_text,
                        down=template(git.show(f"{directory}/{down[0]}"), tool) if down else None,
                        notransaction=notx, up_path=f"{directory}/{entry['up'][0]}",
                        down_path=f"{directory}/{down[0]}" if down else None))
    return out


def find_git_dir(mirror, repo):
    base = os.path.join(mirror, repo.replace("/", "+"))
    for candidate in (os.path.join(base, "repo"), base):
        if os.path.isdir(os.path.join(candidate, "objects")):
            return candidate
    return None


def label_of(text):
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "migration"


def convert(name, spec, mirror, out_root):
    git_dir = find_git_dir(mirror, spec["repo"])
    if git_dir is None:
        print(f"{name}: skipped: no copy of {spec['repo']} under {mirror}")
        return False
    git = Git(git_dir, spec["commit"])
    licence_text = git.show("LICENSE")
    marker = LICENCE_MARKERS.get(spec["licence"])
    if spec["licence"] not in PERMISSIVE or marker is None or marker not in licence_text:
        print(f"{name}: not written: licence is not {spec['licence']} as pinned, or not permissive")
        return False
    if spec["tool"] == "popx":
        migrations = popx(git, spec["dirs"])
    else:
        migrations = [m for d in spec["dirs"] for m in pairs(git, d, spec["tool"])]
    target = os.path.join(out_root, name)
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(os.path.join(target, "migrations"))
    with open(os.path.join(target, "LICENSE"), "w") as f:
        f.write(licence_text)
    if git.has("NOTICE"):
        with open(os.path.join(target, "NOTICE"), "w") as f:
            f.write(git.show("NOTICE"))
    width = max(4, len(str(len(migrations))))
    lines = [f"repository: https://github.com/{spec['repo']}", f"commit: {spec['commit']}",
             f"licence: {spec['licence']} (LICENSE copied from the repository)",
             f"tool order: {spec['tool']}", "files: converted file<TAB>up source<TAB>down source", ""]
    for i, m in enumerate(migrations, 1):
        filename = f"{i:0{width}d}_{label_of(m['label'])}.sql"
        header = (f"-- {spec['repo']}@{spec['commit']}\n-- up: {m['up_path']}\n"
                  f"-- down: {m['down_path'] or '(none)'}\n")
        body = header + "-- +migrate Up" + (" notransaction" if m["notransaction"] else "") + "\n"
        body += m["up"].rstrip("\n") + "\n"
        if m["down"] is not None and not popx_empty(m["down"]):
            body += "\n-- +migrate Down" + (" notransaction" if m["notransaction"] else "") + "\n"
            body += m["down"].rstrip("\n") + "\n"
        with open(os.path.join(target, "migrations", filename), "w") as f:
            f.write(body)
        lines.append(f"{filename}\t{m['up_path']}\t{m['down_path'] or '-'}")
    with open(os.path.join(target, "PROVENANCE"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{name}: {len(migrations)} migrations from {spec['repo']}@{spec['commit'][:12]}")
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", required=True)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "corpus"))
    parser.add_argument("projects", nargs="*")
    args = parser.parse_args()
    names = args.projects or list(PROJECTS)
    ok = all([convert(n, PROJECTS[n], args.mirror, args.out) for n in names])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
