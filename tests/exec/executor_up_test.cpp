// `migrate up`, `status`, `baseline`, `repair` on a real PostgreSQL through the binary.
#include <nlohmann/json.hpp>

#include "exec/executor_fixture.h"
#include "support/json_docs.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class UpTest : public ExecutorTest {
 protected:
  void WriteThree() {
    Write("0001_users.sql",
          "-- +migrate Up\nCREATE TABLE users (id int PRIMARY KEY);\n"
          "-- +migrate Down\nDROP TABLE users;\n");
    Write("0002_email.sql",
          "-- +migrate Up\nALTER TABLE users ADD COLUMN email text;\n"
          "-- +migrate Down irreversible\n");
    Write("0003_orders.sql", "CREATE TABLE orders (id int);\n");
  }
};

TEST_F(UpTest, AppliesEverythingInOneBatchAndStatusShowsIt) {
  WriteThree();
  auto r = Tidemark({"migrate", "up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("applied 0001_users.sql"));
  EXPECT_THAT(r.out, HasSubstr("applied 3 migrations (batch 1)"));
  EXPECT_TRUE(TableExists("orders"));
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
  EXPECT_EQ(Query("SELECT string_agg(DISTINCT batch::text, ',') FROM tidemark.migrations"), "1");
  EXPECT_EQ(Query("SELECT applied_by FROM tidemark.migrations LIMIT 1"), "postgres");

  auto s = Tidemark({"migrate", "status"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_THAT(s.out, HasSubstr("STATUS"));
  EXPECT_THAT(s.out, HasSubstr("APPLIED AT"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("applied +0001_users.sql +[0-9T:Z-]+ +1 +yes"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("applied +0002_email.sql .* irreversible"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("applied +0003_orders.sql .* no\n"));

  auto again = Tidemark({"migrate", "up"});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_THAT(again.out, HasSubstr("nothing to apply"));
}

TEST_F(UpTest, EachRunIsABatchAndCountAndToLimitIt) {
  WriteThree();
  ASSERT_EQ(Tidemark({"migrate", "up", "1"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001");
  ASSERT_EQ(Tidemark({"migrate", "up", "--to", "2"}).exit_code, 0);
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_EQ(Query("SELECT string_agg(batch::text, ',' ORDER BY id) FROM tidemark.migrations"),
            "1,2,3");
}

TEST_F(UpTest, StatusPendingAndExitCode) {
  WriteThree();
  auto s = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(s.exit_code, 5);
  EXPECT_THAT(s.out, ::testing::ContainsRegex("pending +0001_users.sql +- +- +yes"));
  EXPECT_FALSE(TableExists("tidemark.migrations")) << "status must not create the table";
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_EQ(Tidemark({"migrate", "status", "--exit-code"}).exit_code, 0);
}

TEST_F(UpTest, StatusJson) {
  WriteThree();
  ASSERT_EQ(Tidemark({"migrate", "up", "1"}).exit_code, 0);
  auto s = Tidemark({"--format", "json", "migrate", "status"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  auto j = nlohmann::json::parse(s.out);
  EXPECT_EQ(j["schema_version"], 1);
  ASSERT_EQ(j["migrations"].size(), 3u);
  EXPECT_EQ(j["migrations"][0]["status"], "applied");
  EXPECT_EQ(j["migrations"][0]["batch"], 1);
  EXPECT_EQ(j["migrations"][0]["down"], "yes");
  EXPECT_EQ(j["migrations"][1]["status"], "pending");
  EXPECT_EQ(j["migrations"][1]["down"], "irreversible");
  EXPECT_TRUE(j["migrations"][1]["applied_at"].is_null());
}

TEST_F(UpTest, DryRunPrintsSqlAndTouchesNothing) {
  WriteThree();
  auto r = Tidemark({"migrate", "up", "--dry-run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("-- would apply 0001_users.sql"));
  EXPECT_THAT(r.out, HasSubstr("CREATE TABLE users (id int PRIMARY KEY);"));
  EXPECT_EQ(r.out.substr(r.out.rfind("-- dry run")),
            "-- dry run: would apply 3 migrations; nothing was changed\n");
  auto j = Tidemark({"--format", "json", "migrate", "up", "--dry-run"});
  testing::ExpectDocumented(nlohmann::json::parse(j.out));
  EXPECT_FALSE(TableExists("users"));
  EXPECT_FALSE(TableExists("tidemark.migrations"));
  EXPECT_EQ(Query("SELECT count(*) FROM pg_namespace WHERE nspname = 'tidemark'"), "0");
}

TEST_F(UpTest, FailingMigrationLeavesNoRowAndNoHalfAppliedChange) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  Write("0002_b.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n\n  SELECT 1/0;\n");
  Write("0003_c.sql", "CREATE TABLE c (id int);\n");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err,
              HasSubstr("0002_b.sql failed at " + (dir_.path() / "0002_b.sql").string() + ":4:3"));
  EXPECT_THAT(r.err, HasSubstr("division by zero"));
  EXPECT_THAT(r.err, HasSubstr("nothing of it was applied"));
  EXPECT_TRUE(TableExists("a"));
  EXPECT_FALSE(TableExists("b"));
  EXPECT_FALSE(TableExists("c"));
  EXPECT_EQ(TrackedVersions(), "0001");
  auto s = Tidemark({"migrate", "status"});
  EXPECT_THAT(s.out, ::testing::ContainsRegex("pending +0002_b.sql"));
}

TEST_F(UpTest, NoTransactionFailureMarksDirtyWithPosition) {
  Write("0001_a.sql",
        "-- +migrate Up notransaction\nCREATE TABLE a (id int);\n"
        "CREATE INDEX CONCURRENTLY a_idx ON missing_table (id);\n");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("marked dirty"));
  EXPECT_TRUE(TableExists("a"));  // the first statement ran in autocommit
  auto s = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(s.exit_code, 3);
  EXPECT_THAT(s.out, ::testing::ContainsRegex("dirty +0001_a.sql"));
  EXPECT_THAT(s.out,
              HasSubstr("failed statement: " + (dir_.path() / "0001_a.sql").string() + ":3:1"));
  EXPECT_THAT(s.out, HasSubstr("missing_table"));

  auto refused = Tidemark({"migrate", "up"});
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_THAT(refused.err, HasSubstr("migrate repair"));

  // The user fixes the database by hand, then repairs.
  Exec("CREATE TABLE missing_table (id int); CREATE INDEX a_idx ON missing_table (id)");
  auto repaired = Tidemark({"migrate", "repair", "--applied", "0001"});
  EXPECT_EQ(repaired.exit_code, 0) << repaired.err;
  EXPECT_THAT(repaired.out, HasSubstr("cleared the dirty mark of 0001_a.sql"));
  EXPECT_EQ(Tidemark({"migrate", "status", "--exit-code"}).exit_code, 0);
}

TEST_F(UpTest, ServerErrorNamesLineAndCharacterColumn) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\nSELECT 'é', emial FROM a;\n");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1);
  // The server's position is in characters; 'é' is two bytes and one column.
  EXPECT_THAT(r.err, HasSubstr("0001_a.sql failed at " + (dir_.path() / "0001_a.sql").string() +
                               ":2:13: ERROR: column \"emial\" does not exist"));
  EXPECT_THAT(r.err, Not(HasSubstr("ERROR:  ")));
  EXPECT_EQ(TrackedVersions(), "");
}

// Up and Down run through one plan: statements PostgreSQL refuses in a
// transaction run alone, runs of the others share a transaction, in both
// directions.
TEST_F(UpTest, UpAndDownBatchStatementsByTheSameRule) {
  Write("0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\n"
        "CREATE INDEX CONCURRENTLY a_idx ON a (id);\n"
        "CREATE TABLE b (id int);\nINSERT INTO b SELECT 1 / 0;\n"
        "-- +migrate Down\nDROP TABLE IF EXISTS b;\nDROP INDEX CONCURRENTLY a_idx;\n"
        "CREATE TABLE c (id int);\nINSERT INTO c SELECT 1 / 0;\n");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(TableExists("a_idx"));  // committed before the failure
  EXPECT_FALSE(TableExists("b"));     // its transaction, with the INSERT, rolled back
  EXPECT_EQ(Query("SELECT failed_at FROM tidemark.migrations WHERE dirty"),
            (dir_.path() / "0001_a.sql").string() + ":5:1");
  ASSERT_EQ(Tidemark({"migrate", "repair", "--applied", "1"}).exit_code, 0);
  auto rb = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(rb.exit_code, 1);
  EXPECT_FALSE(TableExists("a_idx"));
  EXPECT_FALSE(TableExists("c"));  // the same rule: CREATE and INSERT in one transaction
  EXPECT_EQ(Query("SELECT failed_at FROM tidemark.migrations WHERE dirty"),
            (dir_.path() / "0001_a.sql").string() + ":10:1");
}

TEST_F(UpTest, AutocommitUpThatFailsBeforeCommittingAnythingStaysPending) {
  Write("0001_a.sql",
        "-- +migrate Up\nCREATE TABLE a (id int);\nINSERT INTO a SELECT 1 / 0;\n"
        "CREATE INDEX CONCURRENTLY a_idx ON a (id);\n");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("nothing of it was applied"));
  EXPECT_FALSE(TableExists("a"));
  EXPECT_EQ(TrackedVersions(), "");
  auto s = Tidemark({"migrate", "status"});
  EXPECT_THAT(s.out, ::testing::ContainsRegex("pending +0001_a.sql"));
}

TEST_F(UpTest, StatementRefusedInTransactionRunsInAutocommit) {
  Write("0001_t.sql", "CREATE TABLE t (id int);\n");
  Write("0002_idx.sql",
        "-- +migrate Up\nCREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n"
        "-- +migrate Down\nDROP INDEX CONCURRENTLY t_id_idx;\n");
  auto r = Tidemark({"migrate", "up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Query("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id_idx'::regclass"), "t");
  EXPECT_EQ(Query("SELECT dirty FROM tidemark.migrations WHERE version = '0002'"), "f");
  auto rb = Tidemark({"migrate", "rollback"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_TRUE(TableExists("t"));
  EXPECT_FALSE(TableExists("t_id_idx"));
  EXPECT_EQ(TrackedVersions(), "0001");
}

TEST_F(UpTest, ChecksumDriftIsRefusedUnlessAllowedOrRepaired) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  // Comments and layout do not count as edits.
  Write("0001_a.sql", "-- a comment\nCREATE   TABLE a (id int);\n");
  EXPECT_THAT(Tidemark({"migrate", "status"}).out, ::testing::ContainsRegex("applied +0001_a.sql"));
  Write("0001_a.sql", "CREATE TABLE a (id bigint);\n");
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  auto s = Tidemark({"migrate", "status", "--exit-code"});
  EXPECT_EQ(s.exit_code, 3);
  EXPECT_THAT(s.out, ::testing::ContainsRegex("modified +0001_a.sql"));
  auto refused = Tidemark({"migrate", "up"});
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_THAT(refused.err, HasSubstr("0001_a.sql was changed after it was applied"));
  EXPECT_FALSE(TableExists("b"));
  auto allowed = Tidemark({"migrate", "up", "--allow-drift"});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
  EXPECT_TRUE(TableExists("b"));
  ASSERT_EQ(Tidemark({"migrate", "repair"}).exit_code, 0);
  EXPECT_EQ(Tidemark({"migrate", "status", "--exit-code"}).exit_code, 0);
}

TEST_F(UpTest, OutOfOrderIsRefusedUnlessAllowed) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  Write("0003_c.sql", "CREATE TABLE c (id int);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  auto refused = Tidemark({"migrate", "up"});
  EXPECT_EQ(refused.exit_code, 3);
  EXPECT_THAT(refused.err, HasSubstr("0002_b.sql is older than the newest applied migration"));
  EXPECT_THAT(refused.err, HasSubstr("--allow-out-of-order"));
  EXPECT_FALSE(TableExists("b"));
  ASSERT_EQ(Tidemark({"migrate", "up", "--allow-out-of-order"}).exit_code, 0);
  EXPECT_TRUE(TableExists("b"));
  EXPECT_EQ(TrackedVersions(), "0001,0003,0002");
  // Rollback goes by apply order: the late one goes first.
  ASSERT_EQ(Tidemark({"migrate", "rollback"}).exit_code, 6);  // no down: skipped
}

TEST_F(UpTest, FilesWithParserErrorsAreRefused) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  Write("0002_b.sql", "-- +migrate Up\nSELECT 1;\n-- +migrate Up\nSELECT 2;\n");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("0002_b.sql:3:"));
  EXPECT_THAT(r.err, HasSubstr("refusing to run"));
  EXPECT_FALSE(TableExists("a"));
}

TEST_F(UpTest, VerboseLogsEveryStatementWithDuration) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n");
  auto r = Tidemark({"-v", "migrate", "up"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err,
              ::testing::ContainsRegex(
                  "tidemark: apply 0001_a.sql: CREATE TABLE a \\(id int\\) \\([0-9]+ ms\\)"));
  EXPECT_THAT(r.err,
              ::testing::ContainsRegex("apply 0001_a.sql: INSERT INTO a VALUES \\(1\\) \\("));
}

TEST_F(UpTest, BaselineMarksWithoutRunningAndRollbackSkipsIt) {
  WriteThree();
  Exec("CREATE TABLE users (id int PRIMARY KEY, email text)");
  auto b = Tidemark({"migrate", "baseline", "0002"});
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_THAT(b.out, HasSubstr("baseline 0001_users.sql"));
  EXPECT_EQ(Query("SELECT string_agg(kind, ',' ORDER BY id) FROM tidemark.migrations"),
            "baseline,baseline");
  auto s = Tidemark({"migrate", "status"});
  EXPECT_THAT(s.out, ::testing::ContainsRegex("baseline +0001_users.sql .* 1 +baseline\n"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("pending +0003_orders.sql"));
  auto rb = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(rb.exit_code, 6);
  EXPECT_THAT(rb.out, HasSubstr("skip 0002_email.sql (no down SQL)"));
  EXPECT_THAT(rb.out, HasSubstr("stopped at 0002_email.sql: it is a baseline"));
  EXPECT_TRUE(TableExists("users"));
  EXPECT_EQ(Tidemark({"migrate", "baseline", "0042"}).exit_code, 2);
}

TEST_F(UpTest, TrackingTableEditedByHand) {
  WriteThree();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("DELETE FROM tidemark.migrations WHERE version = '0003'");
  Exec("UPDATE tidemark.migrations SET checksum = 'bogus' WHERE version = '0002'");
  Exec(
      "INSERT INTO tidemark.migrations (version, name, checksum, batch) VALUES ('0009', "
      "'0009_ghost.sql', 'x', 1)");
  auto s = Tidemark({"migrate", "status"});
  EXPECT_THAT(s.out, ::testing::ContainsRegex("pending +0003_orders.sql"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("modified +0002_email.sql"));
  EXPECT_THAT(s.out, ::testing::ContainsRegex("missing +0009_ghost.sql .* no"));
  // Re-applying the deleted one fails on the existing table and says so.
  auto up = Tidemark({"migrate", "up", "--allow-drift", "--allow-out-of-order"});
  EXPECT_EQ(up.exit_code, 1);
  EXPECT_THAT(up.err, HasSubstr("relation \"orders\" already exists"));
  // Rollback of the ghost (newest applied) is skipped: no file, no stored Down.
  auto rb = Tidemark({"migrate", "rollback"});
  EXPECT_EQ(rb.exit_code, 6);
  EXPECT_THAT(rb.out, HasSubstr("skip 0009_ghost.sql (no down SQL)"));
}

TEST_F(UpTest, TrackingTableLayoutIsVersioned) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_EQ(Query("SELECT value FROM tidemark.tidemark_meta WHERE key = 'layout_version'"), "2");
  Exec("UPDATE tidemark.tidemark_meta SET value = '99'");
  auto r = Tidemark({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("layout version 99, newer than this tidemark"));
}

TEST_F(UpTest, SchemaOptionMovesTheTrackingTable) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  ASSERT_EQ(Tidemark({"--schema", "Ops Meta", "migrate", "up"}).exit_code, 0);
  EXPECT_EQ(Query("SELECT count(*) FROM \"Ops Meta\".migrations"), "1");
  EXPECT_FALSE(TableExists("tidemark.migrations"));
}

TEST_F(UpTest, PasswordsNeverAppear) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  const std::string secret = "Sup3rSecretPw";
  std::string url = Url();
  // postgresql:///db?host=...  ->  a URL with user:password and a missing database
  std::string bad = "postgresql://postgres:" + secret + "@" + url.substr(url.find("///") + 2);
  bad.replace(bad.find(DatabaseName()), DatabaseName().size(), "no_such_db");
  for (const std::vector<std::string>& args : {std::vector<std::string>{"migrate", "up"},
                                               {"-v", "migrate", "status"},
                                               {"migrate", "rollback", "--dry-run"}}) {
    std::vector<std::string> full = {"--dir", dir_.path().string(), "--database-url", bad};
    full.insert(full.end(), args.begin(), args.end());
    auto r = testing::RunTidemark(full);
    EXPECT_NE(r.exit_code, 0);
    EXPECT_THAT(r.err, HasSubstr("no_such_db"));
    EXPECT_THAT(r.err + r.out, Not(HasSubstr(secret)));
    EXPECT_THAT(r.err, HasSubstr("****"));
  }
  // Key=value form and the PGPASSWORD variable.
  auto kv = testing::RunTidemark(
      {"--dir", dir_.path().string(), "--database-url",
       "host=/nonexistent/socket dbname=x user=postgres password=" + secret, "migrate", "up"});
  EXPECT_EQ(kv.exit_code, 1);
  EXPECT_THAT(kv.err + kv.out, Not(HasSubstr(secret)));
  auto env = testing::RunTidemark({"--dir", dir_.path().string(), "migrate", "up"},
                                  {{"PGHOST", "/nonexistent/socket"}, {"PGPASSWORD", secret}});
  EXPECT_EQ(env.exit_code, 1);
  EXPECT_THAT(env.err + env.out, Not(HasSubstr(secret)));
}

TEST_F(UpTest, DatabaseUrlFromEnvironmentAndPgVariables) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  auto r = testing::RunTidemark({"--dir", dir_.path().string(), "migrate", "up"},
                                {{"DATABASE_URL", Url()}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(TableExists("a"));
  // libpq's own variables when no URL is given.
  Write("0002_b.sql", "CREATE TABLE b (id int);\n");
  std::string conninfo = ConnectionString();  // host=... port=... user=... dbname=...
  auto field = [&](const std::string& key) {
    size_t at = conninfo.find(key + "=") + key.size() + 1;
    return conninfo.substr(at, conninfo.find(' ', at) - at);
  };
  auto pg = testing::RunTidemark({"--dir", dir_.path().string(), "migrate", "up"},
                                 {{"PGHOST", field("host")},
                                  {"PGPORT", field("port")},
                                  {"PGUSER", field("user")},
                                  {"PGDATABASE", DatabaseName()}});
  ASSERT_EQ(pg.exit_code, 0) << pg.err;
  EXPECT_TRUE(TableExists("b"));
}

}  // namespace
}  // namespace tidemark::exec
