// Connections cut mid-statement: tidemark reaches the test cluster through
// a TCP proxy in the test process (tests/support/tcp_proxy.h), which drops
// both sides of every connection while a migration's `pg_sleep` runs (the
// cut waits until the server shows the statement running, no sleeping).
// `up` and `rollback` must fail naming the migration, leave a transactional
// migration as it was and a notransaction one dirty at the statement that
// was running; the retry through a healthy connection does everything once
// (each migration writes a ledger row, on the way up and on the way down).
#include <memory>
#include <regex>

#include "exec/executor_fixture.h"
#include "support/tcp_proxy.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;

class ConnectionCutTest : public ExecutorTest {
 protected:
  void SetUp() override {
    ExecutorTest::SetUp();
    std::smatch m;
    std::string conninfo = ConnectionString();
    ASSERT_TRUE(std::regex_search(conninfo, m, std::regex(R"(host=(\S+) port=(\d+))")));
    proxy_ =
        std::make_unique<testing::TcpProxy>(std::string(m[1]) + "/.s.PGSQL." + std::string(m[2]));
    Exec("CREATE TABLE ledger (entry text NOT NULL)");
    Write("0001_a.sql",
          "-- +migrate Up\nCREATE TABLE a (id int);\nINSERT INTO ledger VALUES ('up 0001');\n"
          "-- +migrate Down\nDROP TABLE a;\nINSERT INTO ledger VALUES ('down 0001');\n");
  }

  std::string ProxyUrl() const {
    return "postgresql://postgres@127.0.0.1:" + std::to_string(proxy_->port()) + "/" +
           DatabaseName() + "?sslmode=disable";
  }
  // tidemark in the background, through the proxy.
  std::unique_ptr<testing::TidemarkProcess> Start(const std::vector<std::string>& args) {
    std::vector<std::string> full = {"--dir", dir_.path().string(), "--database-url", ProxyUrl()};
    full.insert(full.end(), args.begin(), args.end());
    return std::make_unique<testing::TidemarkProcess>(full);
  }
  testing::ProcessResult ThroughProxy(const std::vector<std::string>& args) {
    return Start(args)->Wait();
  }
  // Runs `args` through the proxy and cuts every connection once the server
  // runs the migration's `pg_sleep(2)`; returns what tidemark said.
  testing::ProcessResult CutDuringSleep(const std::vector<std::string>& args) {
    auto run = Start(args);
    WaitFor([&] { return Running("pg_sleep(2)") || !run->Running(); },
            "the server to run pg_sleep(2)");
    EXPECT_TRUE(Running("pg_sleep(2)")) << run->ErrSoFar();
    proxy_->Cut();
    testing::ProcessResult r = run->Wait();
    EXPECT_GE(proxy_->cut(), 1);
    // The server notices the vanished client (tidemark sets
    // client_connection_check_interval) and ends its backends; their
    // transactions roll back.
    WaitFor([&] { return Query(kOtherBackends) == "0"; }, "the cut backends to end");
    proxy_->Heal();
    return r;
  }
  int Ledger(const std::string& entry) {
    return std::stoi(Query("SELECT count(*) FROM ledger WHERE entry = '" + entry + "'"));
  }
  std::string Row(const std::string& version) {
    return Query(
        "SELECT dirty || ' ' || coalesce(failed_at, '-') FROM tidemark.migrations WHERE "
        "version = '" +
        version + "'");
  }

  static constexpr const char* kOtherBackends =
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
      "backend_type = 'client backend' AND pid <> pg_backend_pid()";
  std::unique_ptr<testing::TcpProxy> proxy_;
};

TEST_F(ConnectionCutTest, UpCutInATransactionalMigrationLeavesNothingOfIt) {
  Write("0002_b.sql",
        "-- +migrate Up\nCREATE TABLE b (id int);\nINSERT INTO ledger VALUES ('up 0002');\n"
        "SELECT pg_sleep(2);\nCREATE TABLE b2 (id int);\n"
        "-- +migrate Down\nDROP TABLE b2;\nDROP TABLE b;\n");
  Write("0003_c.sql", "CREATE TABLE c (id int);\nINSERT INTO ledger VALUES ('up 0003');\n");

  testing::ProcessResult r = CutDuringSleep({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_THAT(r.out, HasSubstr("applied 0001_a.sql"));
  std::string file = (dir_.path() / "0002_b.sql").string();
  EXPECT_THAT(r.err, HasSubstr("tidemark: 0002_b.sql failed at " + file +
                               ":4:1: server closed the connection unexpectedly"));
  EXPECT_THAT(r.err, HasSubstr("0002_b.sql was rolled back; nothing of it was applied"));
  EXPECT_EQ(TrackedVersions(), "0001");
  EXPECT_FALSE(TableExists("b"));
  EXPECT_FALSE(TableExists("b2"));
  EXPECT_EQ(Ledger("up 0002"), 0);

  testing::ProcessResult retry = ThroughProxy({"migrate", "up"});
  ASSERT_EQ(retry.exit_code, 0) << retry.err;
  EXPECT_THAT(retry.out, HasSubstr("applied 0002_b.sql"));
  EXPECT_THAT(retry.out, HasSubstr("applied 0003_c.sql"));
  EXPECT_EQ(TrackedVersions(), "0001,0002,0003");
  EXPECT_TRUE(TableExists("b2"));
  EXPECT_EQ(Ledger("up 0001"), 1);
  EXPECT_EQ(Ledger("up 0002"), 1);
  EXPECT_EQ(Ledger("up 0003"), 1);
}

TEST_F(ConnectionCutTest, UpCutInANotransactionMigrationLeavesItDirtyAtTheStatement) {
  Write("0002_b.sql",
        "-- +migrate Up notransaction\nCREATE TABLE b (id int);\nSELECT pg_sleep(2);\n"
        "CREATE TABLE b2 (id int);\nINSERT INTO ledger VALUES ('up 0002');\n"
        "-- +migrate Down\nDROP TABLE b2;\nDROP TABLE b;\n");

  testing::ProcessResult r = CutDuringSleep({"migrate", "up"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string file = (dir_.path() / "0002_b.sql").string();
  EXPECT_THAT(r.err, HasSubstr("tidemark: 0002_b.sql failed at " + file + ":3:1: server closed"));
  EXPECT_THAT(r.err, HasSubstr("0002_b.sql ran without a transaction and stopped half way: it is "
                               "marked dirty"));
  EXPECT_EQ(Row("0002"), "true " + file + ":3:1");
  EXPECT_TRUE(TableExists("b"));  // the statement before the cut
  EXPECT_FALSE(TableExists("b2"));
  EXPECT_EQ(Ledger("up 0002"), 0);
  testing::ProcessResult status = Tidemark({"migrate", "status"});
  EXPECT_THAT(status.out + status.err, HasSubstr("dirty"));

  // The documented recovery: undo by hand, repair --pending, up again.
  testing::ProcessResult refused = ThroughProxy({"migrate", "up"});
  EXPECT_EQ(refused.exit_code, 3) << refused.err;
  EXPECT_THAT(refused.err, HasSubstr("repair --pending 0002"));
  Exec("DROP TABLE b");
  testing::ProcessResult repaired = ThroughProxy({"migrate", "repair", "--pending", "0002"});
  ASSERT_EQ(repaired.exit_code, 0) << repaired.err;
  testing::ProcessResult retry = ThroughProxy({"migrate", "up"});
  ASSERT_EQ(retry.exit_code, 0) << retry.err;
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(Row("0002"), "false -");
  EXPECT_TRUE(TableExists("b2"));
  EXPECT_EQ(Ledger("up 0001"), 1);
  EXPECT_EQ(Ledger("up 0002"), 1);
}

TEST_F(ConnectionCutTest, RollbackCutInATransactionalDownLeavesTheMigrationApplied) {
  Write("0002_b.sql",
        "-- +migrate Up\nCREATE TABLE b (id int);\n"
        "-- +migrate Down\nDROP TABLE b;\nINSERT INTO ledger VALUES ('down 0002');\n"
        "SELECT pg_sleep(2);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);

  testing::ProcessResult r = CutDuringSleep({"migrate", "rollback", "--all", "--yes"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string file = (dir_.path() / "0002_b.sql").string();
  EXPECT_THAT(r.err, HasSubstr("tidemark: rollback of 0002_b.sql failed at " + file +
                               ":6:1: server closed the connection unexpectedly"));
  EXPECT_THAT(r.err, HasSubstr("0002_b.sql is still applied"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(Row("0002"), "false -");
  EXPECT_TRUE(TableExists("b"));
  EXPECT_EQ(Ledger("down 0002"), 0);

  testing::ProcessResult retry = ThroughProxy({"migrate", "rollback", "--all", "--yes"});
  ASSERT_EQ(retry.exit_code, 0) << retry.err;
  EXPECT_THAT(retry.out, HasSubstr("rolled back 0002_b.sql"));
  EXPECT_THAT(retry.out, HasSubstr("rolled back 0001_a.sql"));
  EXPECT_EQ(TrackedVersions(), "");
  EXPECT_FALSE(TableExists("a"));
  EXPECT_FALSE(TableExists("b"));
  EXPECT_EQ(Ledger("down 0002"), 1);
  EXPECT_EQ(Ledger("down 0001"), 1);
}

TEST_F(ConnectionCutTest, RollbackCutInANotransactionDownLeavesItDirtyAtTheStatement) {
  Write("0002_b.sql",
        "-- +migrate Up\nCREATE TABLE b (id int);\nCREATE TABLE b2 (id int);\n"
        "-- +migrate Down notransaction\nDROP TABLE b2;\nSELECT pg_sleep(2);\nDROP TABLE b;\n"
        "INSERT INTO ledger VALUES ('down 0002');\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);

  testing::ProcessResult r = CutDuringSleep({"migrate", "rollback"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string file = (dir_.path() / "0002_b.sql").string();
  EXPECT_THAT(r.err, HasSubstr("tidemark: rollback of 0002_b.sql failed at " + file +
                               ":6:1: server closed"));
  EXPECT_THAT(r.err, HasSubstr("0002_b.sql is marked dirty"));
  EXPECT_EQ(Row("0002"), "true " + file + ":6:1");
  EXPECT_FALSE(TableExists("b2"));  // dropped before the cut
  EXPECT_TRUE(TableExists("b"));
  EXPECT_EQ(Ledger("down 0002"), 0);

  // Recovery: put back what the Down undid, repair --applied, roll back again.
  Exec("CREATE TABLE b2 (id int)");
  testing::ProcessResult repaired = ThroughProxy({"migrate", "repair", "--applied", "0002"});
  ASSERT_EQ(repaired.exit_code, 0) << repaired.err;
  testing::ProcessResult retry = ThroughProxy({"migrate", "rollback"});
  ASSERT_EQ(retry.exit_code, 0) << retry.err;
  EXPECT_THAT(retry.out, HasSubstr("rolled back 0002_b.sql"));
  EXPECT_EQ(TrackedVersions(), "0001");
  EXPECT_FALSE(TableExists("b"));
  EXPECT_FALSE(TableExists("b2"));
  EXPECT_EQ(Ledger("down 0002"), 1);
}

}  // namespace
}  // namespace tidemark::exec
