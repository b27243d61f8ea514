#include "parser/version.h"

#include <gtest/gtest.h>

namespace tidemark::parser {
namespace {

TEST(VersionTest, ParsesLeadingDigitGroups) {
  auto name = ParseMigrationName("20260520_103245_add_users_phone.sql");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->version.text(), "20260520_103245");
  EXPECT_EQ(name->label, "add_users_phone");
  EXPECT_FALSE(name->is_undo);
}

TEST(VersionTest, SingleGroup) {
  auto name = ParseMigrationName("0007_x.sql");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->version.text(), "0007");
  EXPECT_EQ(name->label, "x");
}

TEST(VersionTest, LabelStartingWithDigitsIsNotVersion) {
  auto name = ParseMigrationName("0007_2fa_codes.sql");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->version.text(), "0007");
  EXPECT_EQ(name->label, "2fa_codes");
}

TEST(VersionTest, VersionWithoutLabel) {
  auto name = ParseMigrationName("42.sql");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->version.text(), "42");
  EXPECT_EQ(name->label, "");
}

TEST(VersionTest, UndoFile) {
  auto name = ParseMigrationName("0003_add_phone_undo.sql");
  ASSERT_TRUE(name);
  EXPECT_TRUE(name->is_undo);
  EXPECT_EQ(name->version.text(), "0003");
  EXPECT_EQ(name->label, "add_phone");
}

TEST(VersionTest, RejectsNonMigrations) {
  EXPECT_FALSE(ParseMigrationName("readme.sql"));
  EXPECT_FALSE(ParseMigrationName("0001_x.txt"));
  EXPECT_FALSE(ParseMigrationName("_0001.sql"));
  EXPECT_FALSE(ParseMigrationName(""));
}

TEST(VersionTest, OrdersNumericallyGroupByGroup) {
  auto v = [](const char* s) { return *Version::Parse(s); };
  EXPECT_LT(v("9"), v("10"));
  EXPECT_LT(v("0009"), v("10"));
  EXPECT_EQ(v("0007"), v("7"));
  EXPECT_LT(v("1"), v("1_2"));
  EXPECT_LT(v("1_2"), v("2"));
  EXPECT_LT(v("20260520_103245"), v("20260520_103300"));
  EXPECT_LT(v("20260520_9"), v("20260520_10"));
  EXPECT_LT(v("99999999999999999999"), v("123456789012345678901234567890"));
}

TEST(VersionTest, ParseRejectsNonDigits) {
  EXPECT_FALSE(Version::Parse("12a"));
  EXPECT_FALSE(Version::Parse("1__2"));
  EXPECT_FALSE(Version::Parse(""));
}

TEST(VersionTest, SnakeCase) {
  EXPECT_EQ(ToSnakeCase("Add phone to Users"), "add_phone_to_users");
  EXPECT_EQ(ToSnakeCase("addPhoneToUsers"), "add_phone_to_users");
  EXPECT_EQ(ToSnakeCase("  add--phone!! "), "add_phone");
  EXPECT_EQ(ToSnakeCase("add_phone_to_users"), "add_phone_to_users");
  EXPECT_EQ(ToSnakeCase("Ändere Größe café"), "Ändere_größe_café");
  EXPECT_EQ(ToSnakeCase("заказы: добавить"), "заказы_добавить");
}

}  // namespace
}  // namespace tidemark::parser
