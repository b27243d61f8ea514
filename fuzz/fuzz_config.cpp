// Config files: the input as .tidemark.yml (with the environment the first
// line names chosen, when it names one) and as .pg-flux.yml. Bad files are
// ConfigErrors with a message, never a crash.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "cli/config.h"
#include "fuzz/fuzz_check.h"

namespace {

namespace fs = std::filesystem;

void Load(const fs::path& path, bool explicit_path, const tidemark::cli::EnvironmentChoice& env) {
  try {
    tidemark::cli::Config config = tidemark::cli::LoadConfig(path.string(), explicit_path, env);
    (void)config;
  } catch (const tidemark::cli::ConfigError& e) {
    tidemark::fuzz::Check(!e.message.empty(), "a config error has a message");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const fs::path& dir = tidemark::fuzz::ScratchDir();
  std::filesystem::create_directories(dir / "flux");
  tidemark::fuzz::WriteFile(dir / ".tidemark.yml", text);
  Load(dir / ".tidemark.yml", true, {});
  std::string first_line = text.substr(0, text.find('\n'));
  if (!first_line.empty() && first_line.size() < 32) {
    Load(dir / ".tidemark.yml", true, {first_line, "--env"});
  }
  tidemark::fuzz::WriteFile(dir / "flux" / ".pg-flux.yml", text);
  Load(dir / "flux" / ".tidemark.yml", false, {});
  return 0;
}
