#include "cli/analyze_support.h"

namespace tidemark::cli {

std::string DownSectionText(const analyzer::MigrationAnalysis& analysis) {
  return DownSectionText(analysis.down);
}

std::string DownSectionText(const std::vector<analyzer::DownPart>& down) {
  if (analyzer::DownComplete(down)) {
    std::string out = "-- +migrate Down";
    if (analyzer::DownNeedsNoTransaction(down)) out += " notransaction";
    out += "\n";
    out += analyzer::RenderDown(down);
    return out;
  }
  // A Down with a gap is never offered as one: rollback would run its half
  // and report the migration undone. Mark it one-way, say why, and keep the
  // parts that could be generated as comments to start a hand-written Down.
  std::string out =
      "-- +migrate Down irreversible\n"
      "-- tidemark: marked irreversible because part of the Down could not be generated; write "
      "the Down by hand and remove \"irreversible\" if the migration can be undone\n";
  for (const auto& p : down) {
    if (!p.comment.empty()) out += "-- tidemark: " + p.comment + "\n";
    if (!p.generated || p.sql.empty()) continue;
    std::string sql = p.sql + ";";
    size_t start = 0;
    while (start <= sql.size()) {
      size_t end = sql.find('\n', start);
      if (end == std::string::npos) end = sql.size();
      out += "-- " + sql.substr(start, end - start) + "\n";
      start = end + 1;
    }
  }
  return out;
}

}  // namespace tidemark::cli
