#include "parser/source_text.h"

#include <gtest/gtest.h>

namespace tidemark::parser {
namespace {

TEST(SourceTextTest, PositionsAreOneBased) {
  SourceText text("f.sql", "ab\ncd\n");
  EXPECT_EQ(text.PositionAt(0), (Position{1, 1}));
  EXPECT_EQ(text.PositionAt(1), (Position{1, 2}));
  EXPECT_EQ(text.PositionAt(3), (Position{2, 1}));
  EXPECT_EQ(text.PositionAt(4), (Position{2, 2}));
}

TEST(SourceTextTest, ColumnsCountCharactersNotBytes) {
  SourceText text("f.sql", "é = ü;");
  // "é" and " " and "=" and " " and "ü": ';' is the 6th character.
  EXPECT_EQ(text.PositionAt(text.text().find(';')), (Position{1, 6}));
}

TEST(SourceTextTest, LinesWithoutBreaks) {
  SourceText text("f.sql", "one\r\ntwo\nthree");
  EXPECT_EQ(text.Line(1), "one");
  EXPECT_EQ(text.Line(2), "two");
  EXPECT_EQ(text.Line(3), "three");
  EXPECT_EQ(text.LineCount(), 3u);
}

TEST(SourceTextTest, OffsetPastEndClamps) {
  SourceText text("f.sql", "x");
  EXPECT_EQ(text.PositionAt(100), (Position{1, 2}));
}

}  // namespace
}  // namespace tidemark::parser
