// Lint with every rule enabled, on the PostgreSQL version the first byte
// picks (13 to 18), over arbitrary migration text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analyzer/lint/config.h"
#include "analyzer/lint/engine.h"
#include "fuzz/fuzz_check.h"
#include "parser/migration.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tidemark;
  if (size == 0) return 0;
  analyzer::lint::LintConfig config = analyzer::lint::DefaultConfig();
  config.pg_version.major = 13 + data[0] % 6;
  for (auto& [id, setting] : config.rules) setting.enabled = true;
  analyzer::lint::Linter linter(config);
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  parser::MigrationFile file = parser::ParseMigration("0001_fuzz.sql", text);
  analyzer::lint::FileResult result = linter.Lint(file);
  for (const analyzer::lint::Finding& f : result.findings) {
    fuzz::Check(!f.rule.empty() && !f.message.empty(), "a finding has a rule and a message");
    fuzz::Check(f.pos.line >= 1 && f.pos.column >= 1, "a finding's position is 1-based");
    if (f.has_offset && f.source != nullptr) {
      fuzz::Check(f.offset <= f.end_offset && f.end_offset <= f.source->text().size(),
                  "a finding's offsets lie inside its file");
    }
  }
  return 0;
}
