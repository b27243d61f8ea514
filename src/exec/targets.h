#pragma once

// A fleet's targets: the databases (or tenant schemas) one migration set is
// applied to, read from a targets file (docs/fleet.md).

#include <string>
#include <vector>

#include "exec/connection.h"

namespace tidemark::exec {

// One entry of a targets file's `targets:` list, as written.
struct TargetEntry {
  std::string name;             // a target's name; for generated entries the prefix of theirs
  std::string url;              // a postgresql:// URL or a libpq key=value string
  std::string group;            // optional
  std::string password_env;     // optional: the variable holding the password
  std::string databases;        // generated: every database of the server matching this pattern
  std::string schemas;          // generated: every schema of the database matching this pattern
  std::string tracking_schema;  // with `schemas`: one tracking table there, keyed by tenant
  std::string where;            // "file:line:col" of the entry
};

// A bad targets file, or a target that cannot be expanded; `message` starts
// with "file:line:col: " where a position applies.
struct TargetsError {
  std::string message;
};

// Reads a targets file. Throws TargetsError for a malformed file, unknown
// keys, a missing name or url, duplicate names, or both `databases` and
// `schemas` on one entry.
std::vector<TargetEntry> LoadTargetsFile(const std::string& path);

// One database (or tenant schema) to migrate.
struct Target {
  std::string name;
  std::vector<std::string> groups;  // the entry's group, and a generating entry's name
  ConnectionTarget connection;      // with the password from password_env filled in
  std::string schema;               // schema-per-tenant: first in search_path; empty: none
  std::string tracking_schema;      // where its tracking table lives
  std::string where;                // the entry it came from
  std::string error;                // set when the target cannot be used (password_env unset)
  std::string tenant;  // set: the tracking table is shared, keyed by this tenant (its schema)
};

// The targets of `entries`, in file order: a plain entry is one target, a
// generated one lists the server's databases (or the database's schemas)
// matching its pattern, ordered by name, and named "NAME/DATABASE"
// ("NAME/SCHEMA"). A tenant schema holds its own tracking table, or, when
// the entry gives `tracking_schema`, its rows in that schema's table, keyed
// by tenant (that schema is never a tenant); other targets keep theirs in
// `tracking_schema`. Throws TargetsError when a
// generating entry's server cannot be read or two targets share a name.
std::vector<Target> ExpandTargets(const std::vector<TargetEntry>& entries,
                                  const std::string& tracking_schema);

// The targets named by `selectors` (each a target name or a group, `*` and
// `?` allowed); all of them when `selectors` is empty. Throws TargetsError
// for a selector that matches nothing.
std::vector<Target> SelectTargets(const std::vector<Target>& targets,
                                  const std::vector<std::string>& selectors);

// `*` and `?` glob match of a whole name.
bool GlobMatch(const std::string& pattern, const std::string& name);

// `conninfo` (URL or key=value) with `key` set to `value`, as key=value text.
std::string WithConninfoSetting(const std::string& conninfo, const std::string& key,
                                const std::string& value);

}  // namespace tidemark::exec
