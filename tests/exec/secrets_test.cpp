// Passwords never leak: a cluster of its own that asks for scram-sha-256
// passwords, and tidemark given the password through each source libpq
// knows (URL, key=value string, PGPASSWORD, ~/.pgpass, PGPASSFILE, a service
// file). The password appears in no output (human or JSON), no error, and no
// tracking row.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sys/stat.h>

#include <memory>
#include <pqxx/pqxx>
#include <regex>
#include <string>
#include <vector>

#include "exec/scratch_postgres.h"
#include "support/tidemark_process.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using Env = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kPassword = "Tide-S3cret-p4ss";
constexpr const char* kUser = "tm_secret_user";

class SecretsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cluster_ = ScratchPostgres::Start().release();
    std::smatch m;
    std::string conninfo = cluster_->ConnectionString("postgres");
    std::regex_search(conninfo, m, std::regex(R"(host=(\S+) port=(\d+))"));
    host_ = new std::string(m[1]);
    port_ = new std::string(m[2]);
    pqxx::connection admin(conninfo);
    pqxx::nontransaction tx(admin);
    tx.exec(std::string("SET password_encryption = 'scram-sha-256'"));
    tx.exec(std::string("CREATE ROLE ") + kUser + " LOGIN PASSWORD '" + kPassword + "'");
    // The superuser keeps trust (the test's own connections); everyone else
    // must give a scram-sha-256 password.
    std::string hba = tx.exec1("SHOW hba_file")[0].as<std::string>();
    tx.exec("COPY (VALUES ('local all postgres trust'), ('local all all scram-sha-256')) TO " +
            tx.quote(hba));
    tx.exec("SELECT pg_reload_conf()");
  }
  static void TearDownTestSuite() {
    delete cluster_;
    delete host_;
    delete port_;
  }

  void SetUp() override {
    db_ = cluster_->CreateDatabase("secrets");
    pqxx::connection admin(cluster_->ConnectionString("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec("ALTER DATABASE " + tx.quote_name(db_) + " OWNER TO " + kUser);
    dir_.Write("0001_a.sql", "CREATE TABLE a (id int);\n");
    dir_.Write("0002_b.sql", "CREATE TABLE b (id int);\nSELECT 1 / 0;\n");
  }
  void TearDown() override { cluster_->DropDatabase(db_); }

  std::string KeyValue(const std::string& db, bool with_password) const {
    std::string s = "host=" + *host_ + " port=" + *port_ + " user=" + kUser + " dbname=" + db;
    if (with_password) s += std::string(" password=") + kPassword;
    return s;
  }
  std::string Url(const std::string& db, bool with_password) const {
    std::string auth = std::string(kUser) + (with_password ? std::string(":") + kPassword : "");
    return "postgresql://" + auth + "@/" + db + "?host=" + *host_ + "&port=" + *port_;
  }

  // Runs up (which applies 0001 and fails on 0002), status in both formats,
  // and up against a database that does not exist; the password is in
  // none of their outputs, and 0001 was applied (the password did work).
  void CheckNoLeak(const std::string& target, const std::string& missing_target, const Env& env) {
    std::vector<std::string> runs[] = {
        {"--database-url", target, "migrate", "up"},
        {"--database-url", target, "migrate", "status"},
        {"--database-url", target, "--format", "json", "migrate", "status"},
        {"--database-url", target, "--format", "json", "migrate", "up"},
        {"--database-url", missing_target, "migrate", "status"},
        {"--database-url", missing_target, "--format", "json", "migrate", "up"},
    };
    std::string all;
    for (std::vector<std::string> args : runs) {
      args.insert(args.begin(), {"--dir", dir_.path().string()});
      testing::ProcessResult r = testing::RunTidemark(args, env);
      all += r.out + r.err;
      EXPECT_THAT(r.out + r.err, Not(HasSubstr(kPassword))) << args[3] << " " << args.back();
    }
    // migrate dump reads the database through pg_dump, which is given the
    // password by the environment, not on its command line.
    testing::TempDir none;
    std::vector<std::string> dumps[] = {
        {"--database-url", target, "migrate", "dump", "--stdout"},
        {"--database-url", missing_target, "migrate", "dump", "--stdout"},
    };
    for (std::vector<std::string> args : dumps) {
      args.insert(args.begin(), {"--dir", (none.path() / "migrations").string()});
      testing::ProcessResult r = testing::RunTidemark(args, env);
      all += r.out + r.err;
      EXPECT_THAT(r.out + r.err, Not(HasSubstr(kPassword))) << args[3] << " " << args.back();
    }
    EXPECT_THAT(all, HasSubstr("CREATE TABLE public.a"));
    EXPECT_THAT(all, HasSubstr("0001_a.sql"));
    EXPECT_THAT(all, HasSubstr("division by zero"));
    EXPECT_THAT(all, HasSubstr("does not exist"));
    pqxx::connection admin(cluster_->ConnectionString(db_));
    pqxx::nontransaction tx(admin);
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM tidemark.migrations")[0].as<int>(), 1);
    std::string rows =
        tx.exec1("SELECT string_agg(m::text, ' ') FROM tidemark.migrations m")[0].as<std::string>();
    EXPECT_THAT(rows, Not(HasSubstr(kPassword)));
  }
  std::string PrivateFile(const std::string& name, const std::string& text) const {
    std::string path = home_.Write(name, text).string();
    chmod(path.c_str(), 0600);
    return path;
  }
  std::string PassLine() const {
    return *host_ + ":" + *port_ + ":*:" + kUser + ":" + kPassword + "\n";
  }

  static ScratchPostgres* cluster_;
  static std::string* host_;
  static std::string* port_;
  std::string db_;
  testing::TempDir dir_;
  testing::TempDir home_;
};

ScratchPostgres* SecretsTest::cluster_ = nullptr;
std::string* SecretsTest::host_ = nullptr;
std::string* SecretsTest::port_ = nullptr;

TEST_F(SecretsTest, TheClusterAsksForAPassword) {
  PGconn* conn = PQconnectdb(KeyValue(db_, false).c_str());
  EXPECT_NE(PQstatus(conn), CONNECTION_OK);
  EXPECT_THAT(PQerrorMessage(conn), HasSubstr("password"));
  PQfinish(conn);
  conn = PQconnectdb(KeyValue(db_, true).c_str());
  EXPECT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
  PQfinish(conn);
}

TEST_F(SecretsTest, PasswordInTheUrl) {
  CheckNoLeak(Url(db_, true), Url(db_ + "_missing", true), {});
}

TEST_F(SecretsTest, PasswordInAKeyValueString) {
  CheckNoLeak(KeyValue(db_, true), KeyValue(db_ + "_missing", true), {});
}

TEST_F(SecretsTest, PasswordInPgpassword) {
  CheckNoLeak(Url(db_, false), Url(db_ + "_missing", false), {{"PGPASSWORD", kPassword}});
}

TEST_F(SecretsTest, PasswordInPgpassUnderHome) {
  PrivateFile(".pgpass", PassLine());
  CheckNoLeak(Url(db_, false), Url(db_ + "_missing", false), {{"HOME", home_.path().string()}});
}

TEST_F(SecretsTest, PasswordInPgpassfile) {
  std::string file = PrivateFile("passwords", PassLine());
  CheckNoLeak(KeyValue(db_, false), KeyValue(db_ + "_missing", false), {{"PGPASSFILE", file}});
}

TEST_F(SecretsTest, PasswordInAServiceFile) {
  std::string file =
      PrivateFile("services", "[tm]\nhost=" + *host_ + "\nport=" + *port_ + "\nuser=" + kUser +
                                  "\npassword=" + kPassword + "\n");
  CheckNoLeak("service=tm dbname=" + db_, "service=tm dbname=" + db_ + "_missing",
              {{"PGSERVICEFILE", file}});
}

}  // namespace
}  // namespace tidemark::exec
