#include "exec/drift.h"

#include <fmt/format.h>

#include <map>
#include <pqxx/pqxx>
#include <regex>
#include <stdexcept>

namespace tidemark::exec {

std::string SnapshotObject(const std::string& line) {
  if (line.rfind("comment ", 0) == 0) return line.substr(0, line.find(" = "));
  static const std::regex kField(R"( [a-z_]+=)");
  std::smatch m;
  if (std::regex_search(line, m, kField)) return line.substr(0, m.position(0));
  return line;
}

DriftReport DriftOf(const SnapshotDiff& diff) {
  std::map<std::string, DriftChange> by_object;
  for (const auto& line : diff.missing) {
    DriftChange& c = by_object[SnapshotObject(line)];
    c.expected.push_back(line);
  }
  for (const auto& line : diff.unexpected) {
    DriftChange& c = by_object[SnapshotObject(line)];
    c.live.push_back(line);
  }
  DriftReport report;
  for (auto& [object, c] : by_object) {
    c.object = object;
    c.change = c.live.empty() ? "missing" : c.expected.empty() ? "added" : "changed";
    report.changes.push_back(std::move(c));
  }
  report.order_notes = diff.order_notes;
  return report;
}

void ReplayUps(const std::string& conninfo, const std::vector<Step>& ups) {
  pqxx::connection conn(conninfo);
  Runner runner(conn, nullptr, nullptr);
  for (const Step& up : ups) {
    StepResult r = runner.Run(up, "replay");
    if (!r.ok) {
      throw std::runtime_error(
          fmt::format("replaying {} on an empty database failed{}: {}", up.filename,
                      r.failed_at.empty() ? "" : " at " + r.failed_at, r.error));
    }
  }
}

DriftReport CheckDrift(const DriftCheck& check) {
  ReplayUps(check.scratch, check.ups);
  SnapshotOptions options;
  options.exclude_schemas = check.exclude_schemas;
  options.owners = false;
  options.privileges = false;
  CatalogSnapshot expected = TakeSnapshot(check.scratch, options);
  CatalogSnapshot live = TakeSnapshot(check.live, options);
  return DriftOf(CompareSnapshots(expected, live));
}

}  // namespace tidemark::exec
