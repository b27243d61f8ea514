#include "exec/plan.h"

#include <gtest/gtest.h>

#include "exec/connection.h"
#include "exec/lock.h"
#include "exec/runner.h"

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
  EXPECT_EQ(down(2), "baseline");  // never run: nothing to undo, whatever the file says
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

// The refusal of `up` is one list of lines, said the same by a single
// target and by each target of a fleet: only the first kind that applies
// (dirty, else drift, else out of order).
TEST(PlanUp, RefusalLines) {
  std::vector<parser::MigrationFile> files;
  files.push_back(File("0001_a.sql", "SELECT 1;\n"));
  files.push_back(File("0002_b.sql", "SELECT 2;\n"));
  files.push_back(File("0003_c.sql", "SELECT 3;\n"));
  std::vector<AppliedMigration> rows;
  rows.push_back(Row("0002", "0123456789abcdef", 1));
  auto plan_of = [&](const UpRequest& request) {
    auto states = ComputeStates(files, rows);
    return PlanUp(states, rows, request).refusal;
  };
  std::vector<std::string> drift = plan_of({});  // drift and out of order: drift is said
  ASSERT_EQ(drift.size(), 2u);
  EXPECT_EQ(drift[0], "0002_b.sql was changed after it was applied (checksum 0123456789ab now " +
                          files[1].checksum.substr(0, 12) + ")");
  EXPECT_EQ(drift[1],
            "refusing to apply over checksum drift: restore the files, or accept the edits with "
            "`tidemark migrate repair`, or pass --allow-drift");
  UpRequest allowed;
  allowed.allow_drift = true;
  EXPECT_EQ(plan_of(allowed),
            (std::vector<std::string>{
                "0001_a.sql is older than the newest applied migration (0002) but not applied",
                "refusing to apply out of order (a branch merged late?): rename the files to a "
                "newer version, or pass --allow-out-of-order (or allow_out_of_order: true in the "
                "config)"}));
  allowed.allow_out_of_order = true;
  EXPECT_TRUE(plan_of(allowed).empty());
  rows[0].dirty = true;
  rows[0].failed_at = "0002_b.sql:1:1";
  rows[0].error = "ERROR:  cut off";
  EXPECT_EQ(plan_of(allowed),
            (std::vector<std::string>{"0002_b.sql is dirty (at 0002_b.sql:1:1): ERROR:  cut off",
                                      RepairHint("0002")}));
  auto states = ComputeStates(files, rows);
  EXPECT_EQ(PlanRollback(states, {}).refusal, plan_of(allowed));
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

// Files 0001..0005: 0003 has no Down, the others drop nothing; rows applied
// in version order, 0001-0002 batch 1, 0003-0005 batch 2.
class PlanRollbackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 1; i <= 5; ++i) {
      std::string v = "000" + std::to_string(i);
      files_.push_back(i == 3 ? File(v + "_x.sql", "SELECT 3;\n")
                              : File(v + "_x.sql",
                                     "-- +migrate Up\nSELECT 1;\n"
                                     "-- +migrate Down\nSELECT 2;\n"));
    }
    for (int i = 1; i <= 5; ++i) {
      AppliedMigration r = Row("000" + std::to_string(i), files_[i - 1].checksum, i);
      r.batch = i <= 2 ? 1 : 2;
      rows_.push_back(r);
    }
  }
  static std::vector<std::string> Names(const std::vector<const MigrationState*>& states) {
    std::vector<std::string> out;
    out.reserve(states.size());
    for (const auto* s : states) out.push_back(s->version);
    return out;
  }
  static std::vector<std::string> Reverted(const RollbackPlan& plan) {
    std::vector<std::string> out;
    out.reserve(plan.revert.size());
    for (const auto& item : plan.revert) out.push_back(item.state->version);
    return out;
  }
  RollbackPlan Plan(const RollbackRequest& request) {
    states_ = ComputeStates(files_, rows_);
    return PlanRollback(states_, request);
  }
  std::vector<parser::MigrationFile> files_;
  std::vector<AppliedMigration> rows_;
  std::vector<MigrationState> states_;
};

using Strings = std::vector<std::string>;

TEST_F(PlanRollbackTest, AllStopsAtTheMigrationWithoutDown) {
  RollbackPlan plan = Plan({.kind = RollbackRequest::Kind::kAll});
  EXPECT_EQ(Reverted(plan), (Strings{"0005", "0004"}));
  ASSERT_NE(plan.stopped_at, nullptr);
  EXPECT_EQ(plan.stopped_at->version, "0003");
  EXPECT_EQ(plan.stop_reason, DownPlan::Source::kNone);
  EXPECT_EQ(Names(plan.kept), (Strings{"0002", "0001"}));
  EXPECT_EQ(plan.Selected(), 5u);
}

TEST_F(PlanRollbackTest, CountBatchAndToAreStackPrefixes) {
  RollbackPlan two = Plan({.kind = RollbackRequest::Kind::kCount, .count = 2});
  EXPECT_EQ(Reverted(two), (Strings{"0005", "0004"}));
  EXPECT_EQ(two.stopped_at, nullptr);
  RollbackPlan four = Plan({.kind = RollbackRequest::Kind::kCount, .count = 4});
  EXPECT_EQ(Reverted(four), (Strings{"0005", "0004"}));
  EXPECT_EQ(Names(four.kept), (Strings{"0002"}));
  RollbackPlan batch = Plan({.kind = RollbackRequest::Kind::kBatch});
  EXPECT_EQ(Reverted(batch), (Strings{"0005", "0004"}));
  EXPECT_EQ(batch.stopped_at->version, "0003");
  EXPECT_TRUE(batch.kept.empty());
  RollbackPlan to = Plan({.kind = RollbackRequest::Kind::kTo, .to = *parser::Version::Parse("1")});
  EXPECT_EQ(Reverted(to), (Strings{"0005", "0004"}));
  EXPECT_EQ(Names(to.kept), (Strings{"0002"}));
}

TEST_F(PlanRollbackTest, IrreversibleAndBaselineStopToo) {
  files_[3] = File("0004_x.sql", "-- +migrate Up\nSELECT 1;\n-- +migrate Down irreversible\n");
  rows_[3].checksum = files_[3].checksum;
  RollbackPlan plan = Plan({.kind = RollbackRequest::Kind::kAll});
  EXPECT_EQ(Reverted(plan), (Strings{"0005"}));
  EXPECT_EQ(plan.stopped_at->version, "0004");
  EXPECT_EQ(plan.stop_reason, DownPlan::Source::kIrreversible);
  rows_[4].kind = "baseline";
  RollbackPlan top = Plan({.kind = RollbackRequest::Kind::kCount, .count = 1});
  EXPECT_TRUE(top.revert.empty());
  EXPECT_EQ(top.stop_reason, DownPlan::Source::kBaseline);
  EXPECT_EQ(NoDownReason(*top.stopped_at, top.stop_reason),
            "it is a baseline, recorded without running");
}

TEST_F(PlanRollbackTest, ToKeepsWhatWasAppliedAfterTheTarget) {
  rows_[1].id = 9;  // 0002 applied last (out of order)
  RollbackPlan plan =
      Plan({.kind = RollbackRequest::Kind::kTo, .to = *parser::Version::Parse("2")});
  EXPECT_TRUE(plan.revert.empty());
  EXPECT_EQ(plan.Selected(), 0u);
  EXPECT_EQ(Names(plan.held_below), (Strings{"0005", "0004", "0003"}));
}

TEST_F(PlanRollbackTest, DirtyRefuses) {
  rows_[0].dirty = true;
  RollbackPlan plan = Plan({.kind = RollbackRequest::Kind::kAll});
  ASSERT_NE(plan.dirty, nullptr);
  EXPECT_EQ(plan.dirty->version, "0001");
  EXPECT_TRUE(plan.revert.empty());
}

TEST_F(PlanRollbackTest, OneUndoesOnlyTheTopOfTheStack) {
  RollbackPlan top =
      Plan({.kind = RollbackRequest::Kind::kOne, .to = *parser::Version::Parse("5")});
  EXPECT_FALSE(top.no_such_version);
  EXPECT_TRUE(top.newer.empty());
  EXPECT_EQ(Reverted(top), (Strings{"0005"}));
  RollbackPlan under =
      Plan({.kind = RollbackRequest::Kind::kOne, .to = *parser::Version::Parse("4")});
  EXPECT_EQ(Names(under.newer), (Strings{"0005"}));
  EXPECT_TRUE(under.revert.empty());
  EXPECT_EQ(under.Selected(), 0u);
  RollbackPlan none =
      Plan({.kind = RollbackRequest::Kind::kOne, .to = *parser::Version::Parse("7")});
  EXPECT_TRUE(none.no_such_version);
  EXPECT_TRUE(none.revert.empty());
  rows_[3].id = 9;  // 0004 applied last (out of order): it is the top
  RollbackPlan out_of_order =
      Plan({.kind = RollbackRequest::Kind::kOne, .to = *parser::Version::Parse("0004")});
  EXPECT_EQ(Reverted(out_of_order), (Strings{"0004"}));
  rows_.pop_back();  // 0005 pending: not applied
  RollbackPlan pending =
      Plan({.kind = RollbackRequest::Kind::kOne, .to = *parser::Version::Parse("5")});
  EXPECT_TRUE(pending.no_such_version);
}

TEST_F(PlanRollbackTest, OneStopsAtATopWithoutDown) {
  rows_.resize(3);
  RollbackPlan plan =
      Plan({.kind = RollbackRequest::Kind::kOne, .to = *parser::Version::Parse("3")});
  EXPECT_TRUE(plan.revert.empty());
  ASSERT_NE(plan.stopped_at, nullptr);
  EXPECT_EQ(plan.stopped_at->version, "0003");
}

class PlanRepairTest : public PlanRollbackTest {
 protected:
  RepairPlan Repair(const std::vector<std::string>& applied,
                    const std::vector<std::string>& pending) {
    RepairRequest request;
    for (const auto& v : applied) request.applied.push_back(*parser::Version::Parse(v));
    for (const auto& v : pending) request.pending.push_back(*parser::Version::Parse(v));
    states_ = ComputeStates(files_, rows_);
    return PlanRepair(states_, request);
  }
  static std::vector<std::string> Actions(const RepairPlan& plan) {
    std::vector<std::string> out;
    out.reserve(plan.items.size());
    for (const auto& item : plan.items) {
      const char* action = item.action == RepairPlan::Action::kAcceptChecksum ? "checksum"
                           : item.action == RepairPlan::Action::kMarkApplied  ? "applied"
                                                                              : "pending";
      out.push_back(item.state->version + ":" + action);
    }
    return out;
  }
};

TEST_F(PlanRepairTest, DirtyNeedsAnExplicitChoice) {
  rows_[4].dirty = true;
  rows_[1].checksum = "edited";
  RepairPlan unsaid = Repair({}, {});
  ASSERT_TRUE(unsaid.Refused());
  ASSERT_EQ(unsaid.undecided.size(), 1u);
  EXPECT_EQ(unsaid.undecided[0]->version, "0005");
  RepairPlan pending = Repair({}, {"5"});
  EXPECT_FALSE(pending.Refused());
  EXPECT_EQ(Actions(pending), (Strings{"0002:checksum", "0005:pending"}));
  RepairPlan applied = Repair({"0005"}, {});
  EXPECT_FALSE(applied.Refused());
  EXPECT_EQ(Actions(applied), (Strings{"0002:checksum", "0005:applied"}));
}

TEST_F(PlanRepairTest, NamesMustBeDirtyAppliedMigrations) {
  rows_[4].dirty = true;
  RepairPlan unknown = Repair({}, {"7"});
  ASSERT_EQ(unknown.unknown.size(), 1u);
  EXPECT_EQ(unknown.unknown[0].text(), "7");
  RepairPlan clean = Repair({"2"}, {"5"});
  ASSERT_EQ(clean.not_dirty.size(), 1u);
  EXPECT_EQ(clean.not_dirty[0]->version, "0002");
  EXPECT_TRUE(clean.Refused());
  RepairPlan both = Repair({"5"}, {"5"});
  ASSERT_EQ(both.both.size(), 1u);
  EXPECT_TRUE(Repair({}, {}).items.empty());  // refused: nothing planned
  rows_[4].dirty = false;
  EXPECT_FALSE(Repair({}, {}).Refused());
}

// The batches of a step: runs of transactional statements share one
// transaction; a statement PostgreSQL refuses in a transaction block, and
// every statement of a notransaction section, runs alone.
std::string Batches(const Step& step) {
  std::string out;
  for (const StepBatch& b : StepBatches(step)) {
    out += (out.empty() ? "" : " ") + std::string(b.transaction ? "tx" : "auto") + "[" +
           std::to_string(b.first) + "+" + std::to_string(b.count) + "]";
  }
  return out;
}

Step StepOf(const std::string& text) {
  parser::MigrationFile f = File("0001_a.sql", text);
  return MakeStep("0001", "0001_a.sql", "0001_a.sql", f.up.statements, f.up.notransaction);
}

TEST(StepBatches, OneTransactionUnlessAStatementRefusesIt) {
  EXPECT_EQ(Batches(StepOf("CREATE TABLE t (a int);\nALTER TABLE t ADD b int;\n")), "tx[0+2]");
  Step mixed = StepOf(
      "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
      "ALTER TABLE t ADD b int;\nCOMMENT ON TABLE t IS 'x';\n");
  EXPECT_EQ(Batches(mixed), "tx[0+1] auto[1+1] tx[2+2]");
  EXPECT_TRUE(mixed.Autocommit());
  EXPECT_FALSE(StepOf("SELECT 1;\n").Autocommit());
  EXPECT_EQ(Batches(StepOf("")), "");
}

TEST(StepBatches, NotransactionSectionRunsEveryStatementAlone) {
  Step step = StepOf("-- +migrate Up notransaction\nSELECT 1;\nSELECT 2;\n");
  EXPECT_EQ(Batches(step), "auto[0+1] auto[1+1]");
  EXPECT_TRUE(step.Autocommit());
}

TEST(StepBatches, TheSameRuleForADown) {
  parser::MigrationFile f =
      File("0001_a.sql",
           "-- +migrate Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- +migrate Down\n"
           "DROP INDEX CONCURRENTLY i;\nDROP TABLE u;\n");
  Step down = MakeStep("0001", "0001_a.sql", "0001_a.sql", f.down.statements, f.down.notransaction);
  EXPECT_EQ(Batches(down), "auto[0+1] tx[1+1]");
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
