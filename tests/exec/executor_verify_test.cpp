// `migrate verify`: Up, Down, Up with catalog snapshots, on a real PostgreSQL.
#include <nlohmann/json.hpp>

#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;

class VerifyTest : public ExecutorTest {
 protected:
  void WriteMix() {
    Write("0001_users.sql",
          "-- +migrate Up\nCREATE TABLE users (id int PRIMARY KEY, name text, age int);\n"
          "-- +migrate Down\nDROP TABLE users;\n");
    Write("0002_drop_name.sql",
          "-- +migrate Up\nALTER TABLE users DROP COLUMN name;\n"
          "-- +migrate Down\nALTER TABLE users ADD COLUMN name text;\n");
    Write("0003_index.sql",
          "-- +migrate Up\nCREATE INDEX CONCURRENTLY users_age_idx ON users (age);\n"
          "COMMENT ON TABLE users IS 'people';\n"
          "-- +migrate Down\nDROP INDEX CONCURRENTLY users_age_idx;\n");  // forgets the comment
    Write("0004_no_down.sql", "CREATE TABLE audit (id int);\n");
    Write("0005_bye.sql",
          "-- +migrate Up\nCREATE TABLE bye (id int);\n-- +migrate Down irreversible\n");
  }
};

TEST_F(VerifyTest, ReportsEachMigrationWithDiffsAndNotes) {
  WriteMix();
  // Default: a throwaway PostgreSQL started by tidemark itself.
  auto r = testing::RunTidemark({"--dir", dir_.path().string(), "migrate", "verify"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_THAT(r.out, HasSubstr("ok        0001_users.sql"));
  EXPECT_THAT(r.out, HasSubstr("ok        0002_drop_name.sql"));
  EXPECT_THAT(r.out, HasSubstr("note: column public.users.name moved from position 2 to 3 (column "
                               "order cannot be restored)"));
  EXPECT_THAT(r.out, HasSubstr("FAIL      0003_index.sql"));
  EXPECT_THAT(r.out, HasSubstr("Down does not restore the schema before Up"));
  EXPECT_THAT(r.out, HasSubstr("+ comment table public.users = people"));
  EXPECT_THAT(r.out, HasSubstr("no down   0004_no_down.sql (no Down SQL: not checked)"));
  EXPECT_THAT(r.out, HasSubstr("no down   0005_bye.sql (Down irreversible by design)"));
  EXPECT_THAT(r.out, HasSubstr("verified 5 migrations: 2 ok, 1 failed, 2 without down"));
}

TEST_F(VerifyTest, PassesWhenEveryDownRestoresAndUsesTheGivenDatabase) {
  Write("0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\nGRANT SELECT ON a TO PUBLIC;\n"
        "-- +migrate Down\nREVOKE SELECT ON a FROM PUBLIC;\nDROP TABLE a;\n");
  auto r = Tidemark({"--format", "json", "migrate", "verify", "--database-url", Url()});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["ok"], 1);
  EXPECT_EQ(j["migrations"][0]["result"], "ok");
  EXPECT_TRUE(TableExists("a"));  // the given database ends with every Up applied
}

TEST_F(VerifyTest, UpAgainDifferenceAndFailingDownAreReported) {
  Write("0001_seq.sql",
        "-- +migrate Up\nCREATE TABLE s (id int);\n"
        "-- +migrate Down\nDROP TABLE s;\nCREATE TABLE leftover (id int);\nDROP TABLE leftover;\n");
  Write("0002_bad_down.sql",
        "-- +migrate Up\nCREATE TABLE b (id int);\n-- +migrate Down\nDROP TABLE nope;\n");
  auto r = Tidemark({"migrate", "verify", "--database-url", Url()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("ok        0001_seq.sql"));
  EXPECT_THAT(r.out, HasSubstr("FAIL      0002_bad_down.sql"));
  EXPECT_THAT(r.out,
              HasSubstr("Down failed at " + (dir_.path() / "0002_bad_down.sql").string() + ":4:1"));
}

TEST_F(VerifyTest, RefusesADatabaseThatIsNotEmpty) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  Exec("CREATE TABLE existing (id int)");
  auto r = Tidemark({"migrate", "verify", "--database-url", Url()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("needs an empty database"));
}

TEST_F(VerifyTest, BundledExamples) {
  auto r = testing::RunTidemark({"--dir", std::string(TIDEMARK_SOURCE_DIR) + "/examples/migrations",
                                 "migrate", "verify", "--database-url", Url()});
  EXPECT_NE(r.out.find("verified"), std::string::npos) << r.err;
  EXPECT_THAT(r.exit_code, ::testing::AnyOf(0, 1));
}

}  // namespace
}  // namespace tidemark::exec
