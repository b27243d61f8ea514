// Every rule's golden cases: tests/golden/lint/<rule-id>/*.sql against
// *.expected. TIDEMARK_UPDATE_GOLDEN=1 rewrites the expected files.
#include <gtest/gtest.h>

#include "lint/golden_cases.h"

namespace tidemark::testing {
namespace {

class GoldenLint : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenLint, MatchesExpected) {
  const GoldenCase& c = GetParam();
  ExpectGolden(c.expected, RunGoldenCase(c));
}

std::string CaseName(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.rule + "__" + info.param.name;
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, GoldenLint, ::testing::ValuesIn(ListGoldenCases()), CaseName);

}  // namespace
}  // namespace tidemark::testing
