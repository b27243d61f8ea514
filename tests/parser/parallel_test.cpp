#include "parser/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace tidemark::parser {
namespace {

TEST(ParallelForTest, RunsEveryIndexExactlyOnce) {
  for (int threads : {-1, 0, 1, 2, 7, 64}) {
    for (size_t n : {size_t{0}, size_t{1}, size_t{3}, size_t{1000}}) {
      std::vector<std::atomic<int>> runs(n);
      ParallelFor(n, threads, [&](size_t i) { ++runs[i]; });
      for (size_t i = 0; i < n; ++i) {
        EXPECT_EQ(runs[i].load(), 1) << "threads=" << threads << " n=" << n << " i=" << i;
      }
    }
  }
}

TEST(ParallelForTest, UsesSeveralThreadsWhenAsked) {
  // Each item waits until a second thread has joined in (or gives up after a
  // while), so a single-threaded run shows up as one thread id.
  std::mutex mu;
  std::set<std::thread::id> ids;
  std::atomic<int> started{0};
  ParallelFor(2, 2, [&](size_t) {
    {
      std::lock_guard<std::mutex> lock(mu);
      ids.insert(std::this_thread::get_id());
    }
    ++started;
    for (int spin = 0; spin < 10000 && started.load() < 2; ++spin) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  });
  EXPECT_EQ(ids.size(), 2u);
}

TEST(ParallelForTest, OneThreadRunsOnTheCaller) {
  std::set<std::thread::id> ids;
  ParallelFor(5, 1, [&](size_t) { ids.insert(std::this_thread::get_id()); });
  EXPECT_EQ(ids, std::set<std::thread::id>{std::this_thread::get_id()});
}

}  // namespace
}  // namespace tidemark::parser
