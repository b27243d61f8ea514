// Analyzing 1,000 migrations (~20,000 Up statements: classification, catalog
// replay, lock table and verified Down SQL) against bare
// pg_query_parse_protobuf over the same text. BM_AnalyzeOverParseRatio
// reports "ratio" = (load + analyze) / bare parse, from one run.
#include <benchmark/benchmark.h>
#include <pg_query.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analyzer/analysis.h"
#include "corpus.h"
#include "parser/migration.h"

namespace {

namespace fs = std::filesystem;

using tidemark::bench::CorpusDir;

std::vector<std::string> ReadAll() { return tidemark::bench::ReadCorpus(); }

void BareParse(const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(text.c_str());
    benchmark::DoNotOptimize(r.parse_tree.len);
    pg_query_free_protobuf_parse_result(r);
  }
}

// Analysis alone, on migrations already loaded.
void BM_AnalyzeSequence(benchmark::State& state) {
  auto set = tidemark::parser::LoadDirectory(CorpusDir(), tidemark::parser::LoadOptions{1});
  size_t statements = 0;
  for (auto _ : state) {
    auto analyses = tidemark::analyzer::AnalyzeSequence(set.migrations);
    statements = 0;
    for (const auto& a : analyses) statements += a.statements.size();
    benchmark::DoNotOptimize(analyses);
  }
  state.counters["statements"] = static_cast<double>(statements);
}
BENCHMARK(BM_AnalyzeSequence)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_BareParseProtobuf(benchmark::State& state) {
  for (auto _ : state) BareParse(ReadAll());
}
BENCHMARK(BM_BareParseProtobuf)->Unit(benchmark::kMillisecond)->UseRealTime();

// What `migrate analyze DIR` does (load, split, analyze) against the bare
// parse floor, single-threaded, in the same iterations.
void BM_AnalyzeOverParseRatio(benchmark::State& state) {
  using Clock = std::chrono::steady_clock;
  double analyze_seconds = 0;
  double parse_seconds = 0;
  for (auto _ : state) {
    auto t0 = Clock::now();
    auto set = tidemark::parser::LoadDirectory(CorpusDir(), tidemark::parser::LoadOptions{1});
    auto analyses = tidemark::analyzer::AnalyzeSequence(set.migrations);
    benchmark::DoNotOptimize(analyses);
    auto t1 = Clock::now();
    BareParse(ReadAll());
    auto t2 = Clock::now();
    analyze_seconds += std::chrono::duration<double>(t1 - t0).count();
    parse_seconds += std::chrono::duration<double>(t2 - t1).count();
  }
  double n = static_cast<double>(state.iterations());
  state.counters["analyze_ms"] = 1000 * analyze_seconds / n;
  state.counters["parse_ms"] = 1000 * parse_seconds / n;
  state.counters["ratio"] = analyze_seconds / parse_seconds;
}
BENCHMARK(BM_AnalyzeOverParseRatio)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
