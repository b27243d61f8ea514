// Catalog replay of arbitrary statement sequences: the input is cut into
// migrations at each "-- next" line (or form feed), and the whole sequence is
// analyzed, each migration against the replay of the ones before it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/analysis.h"
#include "analyzer/catalog.h"
#include "fuzz/fuzz_check.h"
#include "parser/migration.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tidemark;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<parser::MigrationFile> files;
  size_t start = 0;
  while (start <= text.size() && files.size() < 64) {
    size_t cut = text.find('\f', start);
    size_t marker = text.find("\n-- next\n", start);
    size_t skip = 1;
    if (marker != std::string_view::npos && (cut == std::string_view::npos || marker < cut)) {
      cut = marker;
      skip = 9;
    }
    std::string_view piece = text.substr(start, cut == std::string_view::npos ? cut : cut - start);
    std::string name = std::to_string(files.size() + 1) + "_step.sql";
    files.push_back(parser::ParseMigration(name, std::string(piece)));
    if (cut == std::string_view::npos) break;
    start = cut + skip;
  }
  std::vector<analyzer::MigrationAnalysis> analyses = analyzer::AnalyzeSequence(files);
  fuzz::Check(analyses.size() == files.size(), "one analysis per migration");
  analyzer::Catalog replayed = analyzer::ReplayHistory(files, files.size());
  (void)replayed;
  return 0;
}
