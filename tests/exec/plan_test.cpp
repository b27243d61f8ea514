#include "exec/plan.h"

#include <gtest/gtest.h>

#include "exec/connection.h"
#include "exec/lock.h"

namespace tidemark::exec {
namespace {

parser::MigrationFile File(const std::string& name, const std::string& text) {
  return parser::ParseMigration(name, text);
}

AppliedMigration Row(const std::string& version, const std::string& checksum, int64_t id) {
  AppliedMigration r;
  r.id = id;
  r.version = version;
  r.name = version + "_x.sql";
  r.checksum = checksum;
  r.batch = 1;
  return r;
}

TEST(ComputeStates, EveryStatusAndDown) {
  std::vector<parser::MigrationFile> files;
  files.push_back(File("0001_a.sql", "-- +migrate Up\nSELECT 1;\n-- +migrate Down\nSELECT 2;\n"));
  files.push_back(File("0002_b.sql", "SELECT 3;\n"));
  files.push_back(File("0003_c.sql", "-- +migrate Up\nSELECT 4;\n-- +migrate Down irreversible\n"));
  files.push_back(File("0004_d.sql", "SELECT 5;\n"));
  files.push_back(File("0005_e.sql", "SELECT 6;\n"));
  std::vector<AppliedMigration> rows;
  rows.push_back(Row("0001", files[0].checksum, 1));
  rows.push_back(Row("0002", "changed", 2));
  AppliedMigration baseline = Row("0003", files[2].checksum, 3);
  baseline.kind = "baseline";
  rows.push_back(baseline);
  AppliedMigration dirty = Row("0005", files[4].checksum, 4);
  dirty.dirty = true;
  rows.push_back(dirty);
  AppliedMigration gone = Row("0007", "x", 5);
  gone.down_sql = "DROP TABLE x;\n";
  rows.push_back(gone);
  AppliedMigration gone_plain = Row("0008", "x", 6);
  rows.push_back(gone_plain);

  auto states = ComputeStates(files, rows);
  ASSERT_EQ(states.size(), 7u);
  auto status = [&](int i) { return std::string(StatusName(states[i].status)); };
  auto down = [&](int i) { return std::string(DownName(states[i].down)); };
  EXPECT_EQ(status(0), "applied");
  EXPECT_EQ(down(0), "yes");
  EXPECT_EQ(status(1), "modified");
  EXPECT_EQ(down(1), "no");
  EXPECT_EQ(status(2), "baseline");
  EXPECT_EQ(down(2), "irreversible");
  EXPECT_EQ(status(3), "pending");
  EXPECT_EQ(status(4), "dirty");
  EXPECT_EQ(status(5), "missing");
  EXPECT_EQ(down(5), "stored");
  EXPECT_EQ(states[5].filename, "0007_x.sql");
  EXPECT_EQ(status(6), "missing");
  EXPECT_EQ(down(6), "no");
}

TEST(ComputeStates, VersionsMatchNumerically) {
  std::vector<parser::MigrationFile> files;
  files.push_back(File("7_a.sql", "SELECT 1;\n"));
  std::vector<AppliedMigration> rows = {Row("0007", files[0].checksum, 1)};
  auto states = ComputeStates(files, rows);
  ASSERT_EQ(states.size(), 1u);
  EXPECT_EQ(states[0].status, MigrationStatus::kApplied);
}

TEST(PlanDown, PrecedenceFileThenStoredAndBaselineNone) {
  auto file = File("0001_a.sql", "-- +migrate Up\nSELECT 1;\n-- +migrate Down\nSELECT 2;\n");
  AppliedMigration row = Row("0001", file.checksum, 1);
  row.down_sql = "SELECT 99;\n";
  MigrationState s;
  s.file = &file;
  s.applied = &row;
  s.filename = "0001_a.sql";
  DownPlan p = PlanDown(s);
  EXPECT_EQ(p.source, DownPlan::Source::kFile);
  ASSERT_EQ(p.statements.size(), 1u);
  EXPECT_EQ(p.statements[0].sql, "SELECT 2");
  s.file = nullptr;
  p = PlanDown(s);
  EXPECT_EQ(p.source, DownPlan::Source::kStored);
  ASSERT_EQ(p.statements.size(), 1u);
  EXPECT_EQ(p.statements[0].sql, "SELECT 99");
  EXPECT_EQ(p.origin, "stored Down of 0001_a.sql");
  row.kind = "baseline";
  EXPECT_EQ(PlanDown(s).source, DownPlan::Source::kBaseline);
}

TEST(DownToStore, KeepsStatementsAndFlags) {
  auto file = File("0001_a.sql",
                   "-- +migrate Up\nSELECT 1;\n-- +migrate Down notransaction\n"
                   "DROP INDEX CONCURRENTLY i;\n-- comment\nSELECT $$a;b$$;\n");
  StoredDown d = DownToStore(file);
  ASSERT_TRUE(d.sql);
  EXPECT_EQ(*d.sql, "DROP INDEX CONCURRENTLY i;\nSELECT $$a;b$$;\n");
  EXPECT_TRUE(d.notransaction);
  EXPECT_TRUE(
      DownToStore(File("0002_b.sql", "-- +migrate Up\nSELECT 1;\n-- +migrate Down irreversible\n"))
          .irreversible);
  EXPECT_FALSE(DownToStore(File("0003_c.sql", "SELECT 1;\n")).sql);
}

TEST(Redaction, UrlsKeyValuesAndThePasswordItself) {
  ConnectionTarget url{"postgresql://alice:pa55word@db.example:5432/app?sslmode=require"};
  EXPECT_EQ(url.Password(), "pa55word");
  EXPECT_EQ(url.Redacted(), "postgresql://alice:****@db.example:5432/app?sslmode=require");
  EXPECT_EQ(url.Redact("FATAL: user alice pa55word rejected"), "FATAL: user alice **** rejected");
  ConnectionTarget kv{"host=db user=alice password='pa 55' dbname=app"};
  EXPECT_EQ(kv.Password(), "pa 55");
  EXPECT_EQ(kv.Redacted(), "host=db user=alice password=**** dbname=app");
  EXPECT_EQ(RedactCredentials("see postgres://u:secret@h/db and password=hunter2 end"),
            "see postgres://u:****@h/db and password=**** end");
  EXPECT_EQ(RedactCredentials("postgresql:///db?host=/tmp&password=x1y2&user=u"),
            "postgresql:///db?host=/tmp&password=****&user=u");
  ConnectionTarget none{"postgresql://alice@db/app"};
  EXPECT_EQ(none.Redacted(), "postgresql://alice@db/app");
}

TEST(ParseDuration, Units) {
  using std::chrono::milliseconds;
  EXPECT_EQ(ParseDuration("10s"), milliseconds(10000));
  EXPECT_EQ(ParseDuration("500ms"), milliseconds(500));
  EXPECT_EQ(ParseDuration("2m"), milliseconds(120000));
  EXPECT_EQ(ParseDuration("0"), milliseconds(0));
  EXPECT_EQ(ParseDuration("1.5s"), milliseconds(1500));
  EXPECT_FALSE(ParseDuration("soon"));
  EXPECT_FALSE(ParseDuration("10 parsecs"));
  EXPECT_FALSE(ParseDuration(""));
}

TEST(MigrationLockKey, StablePerSchema) {
  EXPECT_EQ(MigrationLockKey("tidemark"), MigrationLockKey("tidemark"));
  EXPECT_NE(MigrationLockKey("tidemark"), MigrationLockKey("other"));
}

}  // namespace
}  // namespace tidemark::exec
