#pragma once

// Drift: does a live database hold the schema its applied migrations give?
// The applied migrations' Ups run on an empty scratch database, and the two
// databases' catalog snapshots (owners and privileges left out: they name
// roles, which differ between servers) are compared object by object, so
// PostgreSQL itself says what each side holds.

#include <string>
#include <vector>

#include "exec/catalog_snapshot.h"
#include "exec/runner.h"

namespace tidemark::exec {

struct DriftChange {
  std::string object;  // "column public.users.phone", "index public.users_email_idx"
  // "added": in the database only (made by hand); "missing": in the
  // migrations only (dropped by hand); "changed": in both, defined apart.
  std::string change;
  std::vector<std::string> expected;  // the object's snapshot lines from the migrations
  std::vector<std::string> live;      // ... and from the database
};

struct DriftReport {
  std::vector<DriftChange> changes;      // by object
  std::vector<std::string> order_notes;  // columns in another order only
  bool drifted() const { return !changes.empty(); }
};

// The object a snapshot line describes: the line up to its first
// `key=value` field ("column public.users.email"), or up to " = " for a
// comment.
std::string SnapshotObject(const std::string& line);

// Groups a comparison of the migrations' snapshot (`before`) with the
// database's (`after`) by object.
DriftReport DriftOf(const SnapshotDiff& diff);

struct DriftCheck {
  std::string live;                          // libpq connection string of the database checked
  std::string scratch;                       // ... of an empty database to replay the migrations on
  std::vector<Step> ups;                     // the applied migrations' Ups, in apply order
  std::vector<std::string> exclude_schemas;  // the tracking schema
};

// Runs `ups` on the database `conninfo` (an empty one), one transaction per
// migration as `migrate up` would. Throws std::runtime_error when an Up
// fails ("replaying FILE on an empty database failed at file:line:col: ...").
void ReplayUps(const std::string& conninfo, const std::vector<Step>& ups);

// Replays `check.ups` on the scratch database and compares. Throws
// std::runtime_error when an Up fails there ("file:line:col: error").
DriftReport CheckDrift(const DriftCheck& check);

}  // namespace tidemark::exec
