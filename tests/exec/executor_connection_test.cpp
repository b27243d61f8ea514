// Connecting on a real PostgreSQL through the binary: `--wait` and the
// config's environments (`--env`, TIDEMARK_ENV).
#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class ConnectionTest : public ExecutorTest {};

TEST_F(ConnectionTest, WaitRetriesUntilTheDatabaseAcceptsConnections) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  std::string later = DatabaseName() + "_later";
  testing::TidemarkProcess run({"--dir", dir_.path().string(), "--database-url",
                                Cluster().Url(later), "--wait", "migrate", "up"});
  WaitFor([&] { return run.ErrSoFar().find("waiting up to 60s") != std::string::npos; },
          "tidemark to wait for the database");
  {
    pqxx::connection admin(Cluster().ConnectionString("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec("CREATE DATABASE " + tx.quote_name(later));
  }
  auto r = run.Wait();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("waiting up to 60s for the database to accept connections (cannot "
                               "connect to"));
  EXPECT_THAT(r.out, HasSubstr("applied 0001_a.sql"));
  Cluster().DropDatabase(later);
}

TEST_F(ConnectionTest, WaitGivesUpWithAClearError) {
  std::string url = Cluster().Url(DatabaseName() + "_never");
  auto r = testing::RunTidemark({"--dir", dir_.path().string(), "--database-url", url, "--wait",
                                 "300ms", "migrate", "status"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("tidemark: the database did not accept connections within 300ms "
                               "(--wait); the last attempt: cannot connect to"));
  EXPECT_THAT(r.err, HasSubstr("_never\" does not exist"));
  auto bad = testing::RunTidemark(
      {"--dir", dir_.path().string(), "--database-url", url, "--wait=soon", "migrate", "status"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("--wait soon: expected a duration"));
  // Without --wait, a refused connection fails at once.
  auto once = testing::RunTidemark(
      {"--dir", dir_.path().string(), "--database-url", url, "migrate", "status"});
  EXPECT_EQ(once.exit_code, 1);
  EXPECT_THAT(once.err, Not(HasSubstr("waiting")));
}

class EnvironmentTest : public ExecutorTest {
 protected:
  void SetUp() override {
    ExecutorTest::SetUp();
    Write("0001_a.sql", "CREATE TABLE a (id int);\n");
    config_ = config_dir_.Write(".tidemark.yml",
                                "dir: nowhere\n"
                                "database_url: postgresql:///nosuch?host=/nonexistent\n"
                                "environments:\n"
                                "  development:\n"
                                "    dir: " +
                                    dir_.path().string() + "\n    database_url: \"" + Url() +
                                    "\"\n"
                                    "  production:\n"
                                    "    schema: prod_tracking\n");
  }
  testing::ProcessResult Run(std::vector<std::string> args, const Env& env = {}) {
    std::vector<std::string> full = {"--config", config_.string()};
    full.insert(full.end(), args.begin(), args.end());
    return testing::RunTidemark(full, env);
  }
  testing::TempDir config_dir_;
  std::filesystem::path config_;
};

TEST_F(EnvironmentTest, TheChosenEnvironmentOverridesTheTopLevelKeys) {
  auto top = Run({"migrate", "status"});
  EXPECT_EQ(top.exit_code, 2);  // the top level's dir does not exist
  EXPECT_THAT(top.err, HasSubstr("migrations directory nowhere does not exist"));
  auto flag = Run({"--env", "development", "migrate", "up"});
  ASSERT_EQ(flag.exit_code, 0) << flag.err;
  EXPECT_THAT(flag.out, HasSubstr("applied 0001_a.sql"));
  EXPECT_TRUE(TableExists("a"));
  auto variable = Run({"migrate", "status"}, {{"TIDEMARK_ENV", "development"}});
  ASSERT_EQ(variable.exit_code, 0) << variable.err;
  EXPECT_THAT(variable.out, ::testing::ContainsRegex("applied +0001_a.sql"));
  // The flag wins over the variable; keys the environment leaves out come
  // from the top level.
  auto production =
      Run({"--env", "production", "migrate", "status"}, {{"TIDEMARK_ENV", "development"}});
  EXPECT_EQ(production.exit_code, 2);
  EXPECT_THAT(production.err, HasSubstr("nowhere does not exist"));
  // DATABASE_URL still wins over the file, and says so.
  auto overridden = Run({"--env", "development", "migrate", "status"},
                        {{"DATABASE_URL", "postgresql:///nosuch?host=/nonexistent"}});
  EXPECT_EQ(overridden.exit_code, 1);
  EXPECT_THAT(overridden.err, HasSubstr("warning: DATABASE_URL overrides "
                                        "environments.development.database_url of "));
}

TEST_F(EnvironmentTest, UnknownEnvironmentsAndKeysAreErrors) {
  auto flag = Run({"--env", "prod", "migrate", "status"});
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_THAT(flag.err, HasSubstr("--env prod: " + config_.string() +
                                  " has no such environment (did you mean production? "
                                  "environments: development, production)"));
  auto variable = Run({"migrate", "status"}, {{"TIDEMARK_ENV", "staging"}});
  EXPECT_EQ(variable.exit_code, 2);
  EXPECT_THAT(variable.err, HasSubstr("TIDEMARK_ENV staging: "));
  EXPECT_THAT(variable.err, HasSubstr("environments: development, production"));
  config_dir_.Write(".tidemark.yml",
                    "environments:\n  development:\n    databse_url: postgresql:///x\n");
  auto key = Run({"migrate", "status"});
  EXPECT_EQ(key.exit_code, 2);
  EXPECT_THAT(key.err, HasSubstr(".tidemark.yml:3:5: unknown key "
                                 "\"environments.development.databse_url\" (did you mean "
                                 "environments.development.database_url?)"));
  config_dir_.Write(".tidemark.yml", "dir: x\n");
  auto none = Run({"--env", "development", "migrate", "status"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_THAT(none.err, HasSubstr("defines no environments"));
}

}  // namespace
}  // namespace tidemark::exec
