// Migration files: markers, sections, statement splitting, checksums, and
// the same text read from disk with an _undo.sql sibling.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz/fuzz_check.h"
#include "parser/migration.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tidemark;
  std::string text(reinterpret_cast<const char*>(data), size);
  parser::MigrationFile file = parser::ParseMigration("0001_fuzz.sql", text);
  fuzz::CheckMigration(file);

  // The first half as the migration, the second as its _undo.sql.
  const std::filesystem::path& dir = fuzz::ScratchDir();
  size_t half = size / 2;
  fuzz::WriteFile(dir / "0002_fuzz.sql", text.substr(0, half));
  fuzz::WriteFile(dir / "0002_fuzz_undo.sql", text.substr(half));
  parser::MigrationFile loaded = parser::LoadMigrationFile(dir / "0002_fuzz.sql");
  fuzz::CheckMigration(loaded);
  return 0;
}
