#include "analyzer/naming.h"

#include <gtest/gtest.h>

#include <set>

namespace tidemark::analyzer {
namespace {

TEST(MakeObjectNameTest, JoinsParts) {
  EXPECT_EQ(MakeObjectName("t", "col", "idx"), "t_col_idx");
  EXPECT_EQ(MakeObjectName("t", "", "pkey"), "t_pkey");
}

TEST(MakeObjectNameTest, TruncatesTheLongerPartTo63Bytes) {
  std::string table(40, 'a');
  std::string column(40, 'b');
  std::string name = MakeObjectName(table, column, "idx");
  EXPECT_EQ(name.size(), 63u);
  // 63 - "_" - "_idx" = 58 bytes shared: 29 + 29.
  EXPECT_EQ(name, std::string(29, 'a') + "_" + std::string(29, 'b') + "_idx");
  std::string shorter = MakeObjectName(std::string(60, 't'), "c", "key");
  EXPECT_EQ(shorter, std::string(57, 't') + "_c_key");
}

TEST(MakeObjectNameTest, NeverSplitsAUtf8Character) {
  std::string table;
  for (int i = 0; i < 40; ++i) table += "é";  // 2 bytes each
  std::string name = MakeObjectName(table, "", "pkey");
  EXPECT_LE(name.size(), 63u);
  EXPECT_EQ((name.size() - 5) % 2, 0u);
}

TEST(ChooseNameTest, AddsNumbersOnCollision) {
  std::set<std::string> taken{"t_a_check", "t_a_check1"};
  EXPECT_EQ(ChooseName("t", "a", "check", [&](const std::string& n) { return taken.count(n) > 0; }),
            "t_a_check2");
}

TEST(NameAdditionTest, JoinsColumns) {
  EXPECT_EQ(NameAddition({"a", "b", "c"}), "a_b_c");
  EXPECT_EQ(NameAddition({std::string(70, 'x')}).size(), 63u);
}

}  // namespace
}  // namespace tidemark::analyzer
