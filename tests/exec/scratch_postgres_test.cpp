#include "exec/scratch_postgres.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <pqxx/pqxx>

#include "support/scratch_db.h"

namespace tidemark::exec {
namespace {

TEST(ScratchPostgres, ServesADatabaseOverItsPrivateSocket) {
  auto db = testing::ScratchDatabase::Create();
  pqxx::connection conn(db->ConnectionString());
  pqxx::work tx(conn);
  EXPECT_EQ(tx.exec1("SELECT current_database()")[0].as<std::string>(), db->name());
  // No TCP listener: only the socket.
  EXPECT_EQ(tx.exec1("SHOW listen_addresses")[0].as<std::string>(), "");
  EXPECT_EQ(tx.exec1("SHOW fsync")[0].as<std::string>(), "off");
}

TEST(ScratchPostgres, UrlReachesTheSameDatabase) {
  auto db = testing::ScratchDatabase::Create();
  pqxx::connection conn(db->Url());
  pqxx::work tx(conn);
  EXPECT_EQ(tx.exec1("SELECT current_database()")[0].as<std::string>(), db->name());
}

TEST(ScratchPostgres, RunsServerAsUnprivilegedUserWhenRoot) {
  auto db = testing::ScratchDatabase::Create();
  pqxx::connection conn(db->ConnectionString());
  pqxx::work tx(conn);
  std::string data_dir = tx.exec1("SHOW data_directory")[0].as<std::string>();
  struct stat st {};
  ASSERT_EQ(stat(data_dir.c_str(), &st), 0);
  if (geteuid() == 0) {
    EXPECT_NE(st.st_uid, 0u);
  } else {
    EXPECT_EQ(st.st_uid, geteuid());
  }
}

TEST(ScratchPostgres, CreateDatabaseGivesFreshNamesAndDropRemovesThem) {
  exec::ScratchPostgres& cluster = testing::SharedCluster();
  std::string a = cluster.CreateDatabase("x");
  std::string b = cluster.CreateDatabase("x");
  EXPECT_NE(a, b);
  cluster.DropDatabase(a);
  pqxx::connection conn(cluster.ConnectionString());
  pqxx::work tx(conn);
  auto count = [&](const std::string& name) {
    return tx.exec1("SELECT count(*) FROM pg_database WHERE datname = " + tx.quote(name))[0]
        .as<int>();
  };
  EXPECT_EQ(count(a), 0);
  EXPECT_EQ(count(b), 1);
  tx.abort();
  cluster.DropDatabase(b);
}

TEST(ScratchPostgres, DestructorStopsServerAndRemovesDirectory) {
  std::string data_dir;
  std::string conninfo;
  {
    auto pg = ScratchPostgres::Start();
    conninfo = pg->ConnectionString();
    pqxx::connection conn(conninfo);
    pqxx::work tx(conn);
    data_dir = tx.exec1("SHOW data_directory")[0].as<std::string>();
    EXPECT_TRUE(std::filesystem::exists(data_dir));
  }
  EXPECT_FALSE(std::filesystem::exists(data_dir));
  EXPECT_THROW(pqxx::connection{conninfo}, pqxx::broken_connection);
}

TEST(ScratchPostgres, AttachUsesARunningClusterAndLeavesItRunning) {
  std::string socket_dir;
  {
    pqxx::connection conn(testing::SharedCluster().ConnectionString());
    pqxx::work tx(conn);
    socket_dir = tx.exec1("SHOW unix_socket_directories")[0].as<std::string>();
  }
  {
    auto attached = ScratchPostgres::Attach(socket_dir);
    std::string db = attached->CreateDatabase("attached");
    pqxx::connection conn(attached->Url(db));
    EXPECT_TRUE(conn.is_open());
    attached->DropDatabase(db);
  }
  pqxx::connection still(testing::SharedCluster().ConnectionString());
  EXPECT_TRUE(still.is_open());
  EXPECT_THROW(ScratchPostgres::Attach("/nonexistent/socket/dir"), std::runtime_error);
}

TEST(ScratchPostgres, BadBinDirIsReported) {
  ScratchPostgres::Options options;
  options.bin_dir = "/nonexistent/bin";
  EXPECT_THROW(ScratchPostgres::Start(options), std::runtime_error);
}

}  // namespace
}  // namespace tidemark::exec
