#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace tidemark::parser {

// Runs body(i) once for every i in [0, n), on up to `threads` threads (0 or
// less: one per core; never more threads than items). Indices are handed out
// in order from a shared counter, so callers that write only slot i of a
// presized vector get the same result on any number of threads.
template <typename Body>
void ParallelFor(size_t n, int threads, const Body& body) {
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(1, std::min<int>(threads, static_cast<int>(n)));
  std::atomic<size_t> next{0};
  auto worker = [&]() {
    for (size_t i = next++; i < n; i = next++) body(i);
  };
  if (threads == 1) {
    worker();
    return;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (auto& t : pool) t.join();
}

}  // namespace tidemark::parser
