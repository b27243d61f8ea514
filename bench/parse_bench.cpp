// Loading and splitting a directory of 1,000 migrations (~20,000 Up
// statements) against bare pg_query_parse_protobuf over the same text.
// The ratio loader/parse is reported by bench/run_parse_bench.sh.
#include <benchmark/benchmark.h>
#include <pg_query.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus.h"
#include "parser/migration.h"

namespace {

namespace fs = std::filesystem;

using tidemark::bench::CorpusDir;

std::vector<std::string> ReadAll() { return tidemark::bench::ReadCorpus(); }

void BM_LoadDirectory(benchmark::State& state) {
  tidemark::parser::LoadOptions options;
  options.threads = static_cast<int>(state.range(0));
  size_t statements = 0;
  for (auto _ : state) {
    auto set = tidemark::parser::LoadDirectory(CorpusDir(), options);
    statements = 0;
    for (const auto& m : set.migrations)
      statements += m.up.statements.size() + m.down.statements.size();
    benchmark::DoNotOptimize(set);
  }
  state.counters["statements"] = static_cast<double>(statements);
}
BENCHMARK(BM_LoadDirectory)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// The floor: libpg_query parsing every file's text once (file reads included,
// as the loader must read them too).
void BM_BareParseProtobuf(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<std::string> texts = ReadAll();
    for (const std::string& text : texts) {
      PgQueryProtobufParseResult r = pg_query_parse_protobuf(text.c_str());
      benchmark::DoNotOptimize(r.parse_tree.len);
      pg_query_free_protobuf_parse_result(r);
    }
  }
}
BENCHMARK(BM_BareParseProtobuf)->Unit(benchmark::kMillisecond)->UseRealTime();

// Both in one iteration, single-threaded, so the ratio comes from one run on
// the same machine state: "ratio" = load time / bare parse time.
void BM_LoadOverParseRatio(benchmark::State& state) {
  using Clock = std::chrono::steady_clock;
  double load_seconds = 0;
  double parse_seconds = 0;
  for (auto _ : state) {
    auto t0 = Clock::now();
    auto set = tidemark::parser::LoadDirectory(CorpusDir(), tidemark::parser::LoadOptions{1});
    benchmark::DoNotOptimize(set);
    auto t1 = Clock::now();
    std::vector<std::string> texts = ReadAll();
    for (const std::string& text : texts) {
      PgQueryProtobufParseResult r = pg_query_parse_protobuf(text.c_str());
      benchmark::DoNotOptimize(r.parse_tree.len);
      pg_query_free_protobuf_parse_result(r);
    }
    auto t2 = Clock::now();
    load_seconds += std::chrono::duration<double>(t1 - t0).count();
    parse_seconds += std::chrono::duration<double>(t2 - t1).count();
  }
  state.counters["load_ms"] = 1000 * load_seconds / static_cast<double>(state.iterations());
  state.counters["parse_ms"] = 1000 * parse_seconds / static_cast<double>(state.iterations());
  state.counters["ratio"] = load_seconds / parse_seconds;
}
BENCHMARK(BM_LoadOverParseRatio)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
