// The analyzer on arbitrary SQL: every Up statement is classed, the
// generated Down re-parses statement by statement, and the Down analyzed in
// turn (as a migration of its own) holds the same properties.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analyzer/analysis.h"
#include "fuzz/fuzz_check.h"
#include "parser/migration.h"

namespace {

using namespace tidemark;

void CheckDown(const analyzer::MigrationAnalysis& analysis) {
  for (const analyzer::DownPart& part : analysis.down) {
    if (!part.generated) continue;
    fuzz::Check(!part.sql.empty(), "a generated Down part has SQL");
    parser::MigrationFile down = parser::ParseMigration("0001_down.sql", part.sql + ";\n");
    fuzz::CheckMigration(down);
    fuzz::Check(!down.up.statements.empty(), "a generated Down part is a statement");
    for (const parser::Statement& st : down.up.statements) {
      fuzz::Check(st.parsed, "a generated Down statement re-parses");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  parser::MigrationFile file = parser::ParseMigration("0001_fuzz.sql", text);
  analyzer::MigrationAnalysis analysis = analyzer::AnalyzeMigration(file);
  fuzz::Check(analysis.statements.size() == file.up.statements.size(),
              "one analysis per Up statement");
  CheckDown(analysis);

  // Down as the Up of the next round: what it generates re-parses too.
  parser::MigrationFile second =
      parser::ParseMigration("0002_down.sql", analyzer::RenderDown(analysis.down));
  fuzz::CheckMigration(second);
  CheckDown(analyzer::AnalyzeMigration(second));
  return 0;
}
