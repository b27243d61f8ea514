// `rollback --keep-data` and `up --restore-data` (docs/keep-data.md) on a
// real PostgreSQL through the binary.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class KeepDataTest : public ExecutorTest {
 protected:
  // The rollback guides' example: users, then a migration adding phone.
  void WritePhone(const std::string& down = "ALTER TABLE users DROP COLUMN phone;\n") {
    Write("0001_users.sql",
          "-- +migrate Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
          "-- +migrate Down\nDROP TABLE users;\n");
    Write("0002_phone.sql",
          "-- +migrate Up\nALTER TABLE users ADD COLUMN phone text;\n-- +migrate Down\n" + down);
  }
  void FillPhones() {
    Exec(
        "INSERT INTO users VALUES (1, 'a@x', '+1 555 0100'), (2, 'b@x', NULL), "
        "(3, 'c@x', '+44 20 7946 0000'), (4, 'd@x', '')");
  }
  std::string Phones() {
    return Query(
        "SELECT string_agg(id || '=' || coalesce(phone, 'NULL'), ',' ORDER BY id) FROM users");
  }
  std::string ArchiveCount() { return Query("SELECT count(*) FROM tidemark.archives"); }
  std::string ArchiveTables() {
    return Query(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
        "n.nspname = 'tidemark_archive' AND c.relkind = 'r'");
  }
  std::string Column(const std::string& table, const std::string& column) {
    return Query("SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('" + table +
                 "') AND attname = '" + column + "' AND NOT attisdropped");
  }
  // The PGOPTIONS trick of the concurrency tests: the Down sleeps for
  // `tidemark_test.sleep` seconds so that a test can kill it half way.
  static constexpr const char* kSleep =
      "SELECT pg_sleep(coalesce(nullif(current_setting('tidemark_test.sleep', true), ''), "
      "'0')::float);\n";
};

TEST_F(KeepDataTest, PhoneExampleGivesBackEveryValue) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  std::string before = Phones();
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_THAT(rb.out, HasSubstr("kept column public.users.phone by key (id): 4 rows"));
  EXPECT_EQ(Column("users", "phone"), "0");
  EXPECT_EQ(TrackedVersions(), "0001");
  EXPECT_EQ(ArchiveCount(), "1");
  EXPECT_EQ(Query("SELECT version || ' ' || kind || ' ' || object || ' ' || row_count || ' ' || "
                  "(bytes > 0) FROM tidemark.archives"),
            "0002 column public.users.phone 4 true");

  auto status = Tidemark({"migrate", "status"});
  EXPECT_THAT(status.out, HasSubstr("0002_phone.sql holds data kept by its rollback: column "
                                    "public.users.phone (4 rows"));

  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_THAT(up.out, HasSubstr("put back column public.users.phone: 4 rows"));
  EXPECT_EQ(Phones(), before);
  EXPECT_EQ(ArchiveCount(), "0");
  EXPECT_EQ(ArchiveTables(), "0");
  EXPECT_EQ(TrackedVersions(), "0001,0002");
}

TEST_F(KeepDataTest, UpWithoutRestoreLeavesTheArchiveAndSaysSo) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  auto up = Tidemark({"migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_THAT(up.err, HasSubstr("0002_phone.sql was applied without the data its rollback kept"));
  EXPECT_EQ(Query("SELECT count(phone) FROM users"), "0");
  EXPECT_EQ(ArchiveCount(), "1");
}

TEST_F(KeepDataTest, ConfigDefaultsKeepAndRestore) {
  WritePhone();
  testing::TempDir config_dir;
  std::string config =
      config_dir.Write(".tidemark.yml", "rollback:\n  keep_data: true\n  restore_data: true\n")
          .string();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  std::string before = Phones();
  auto rb = Tidemark({"--config", config, "migrate", "down"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_EQ(ArchiveCount(), "1");
  auto up = Tidemark({"--config", config, "migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(Phones(), before);
  EXPECT_EQ(ArchiveCount(), "0");
  // --no-keep-data wins over the config.
  ASSERT_EQ(Tidemark({"--config", config, "migrate", "rollback", "--no-keep-data"}).exit_code, 0);
  EXPECT_EQ(ArchiveCount(), "0");
  config_dir.Write(".tidemark.yml", "rollback:\n  kep_data: true\n");
  auto typo = Tidemark({"--config", config, "migrate", "rollback"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_THAT(typo.err, HasSubstr("unknown key \"rollback.kep_data\" (did you mean "
                                  "rollback.keep_data?)"));
}

TEST_F(KeepDataTest, DroppedTableWithForeignKeysPointingAtIt) {
  Write("0001_orders.sql",
        "-- +migrate Up\nCREATE TABLE orders (id int PRIMARY KEY, note text);\n"
        "-- +migrate Down\nDROP TABLE orders;\n");
  // The Down drops the referenced table first (CASCADE takes the foreign
  // key), then the referencing column: restoring in the Down's reverse order
  // would put the column's values back before the rows they point at.
  Write("0002_accounts.sql",
        "-- +migrate Up\nCREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL);\n"
        "ALTER TABLE orders ADD COLUMN account_id int REFERENCES accounts;\n"
        "-- +migrate Down\nDROP TABLE accounts CASCADE;\n"
        "ALTER TABLE orders DROP COLUMN account_id;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO accounts (name) VALUES ('acme'), ('globex'), ('initech')");
  Exec("DELETE FROM accounts WHERE name = 'globex'");
  Exec("INSERT INTO orders VALUES (10, 'x', 1), (11, 'y', 3), (12, 'z', NULL)");
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_THAT(rb.out, HasSubstr("kept table public.accounts: 2 rows"));
  EXPECT_THAT(rb.out, Not(HasSubstr("moved there")));  // foreign keys point at it: copied
  EXPECT_THAT(rb.out, HasSubstr("not kept: the objects that depend on table accounts"));
  EXPECT_THAT(rb.out, HasSubstr("kept column public.orders.account_id by key (id): 3 rows"));
  EXPECT_FALSE(TableExists("accounts"));

  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_THAT(up.err, Not(HasSubstr("does not fit")));
  EXPECT_EQ(Query("SELECT string_agg(id || '=' || name, ',' ORDER BY id) FROM accounts"),
            "1=acme,3=initech");
  EXPECT_EQ(Query("SELECT string_agg(id || '=' || coalesce(account_id::text, 'NULL'), ',' "
                  "ORDER BY id) FROM orders"),
            "10=1,11=3,12=NULL");
  // The serial continues after the rows put back.
  Exec("INSERT INTO accounts (name) VALUES ('hooli')");
  EXPECT_EQ(Query("SELECT id FROM accounts WHERE name = 'hooli'"), "4");
  EXPECT_EQ(ArchiveCount(), "0");
}

TEST_F(KeepDataTest, SelfContainedTableIsMovedNotCopiedAndComesBack) {
  Write("0001_tags.sql",
        "-- +migrate Up\nCREATE TABLE tags (id serial PRIMARY KEY, name text UNIQUE, n int "
        "DEFAULT 0 CHECK (n >= 0));\nCREATE INDEX tags_n_idx ON tags (n);\n"
        "-- +migrate Down\nDROP TABLE tags;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO tags (name, n) VALUES ('red', 1), ('blue', 2), ('green', 3)");
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_THAT(rb.out, HasSubstr("kept table public.tags: 3 rows"));
  EXPECT_THAT(rb.out, HasSubstr("(moved there, not copied)"));
  EXPECT_FALSE(TableExists("tags"));
  // Created again, its sequence and index names are free.
  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(Query("SELECT string_agg(id || name || n, ',' ORDER BY id) FROM tags"),
            "1red1,2blue2,3green3");
  Exec("INSERT INTO tags (name) VALUES ('pink')");
  EXPECT_EQ(Query("SELECT id FROM tags WHERE name = 'pink'"), "4");
  EXPECT_EQ(ArchiveCount(), "0");
  EXPECT_EQ(Query("SELECT count(*) FROM pg_class WHERE relnamespace = "
                  "to_regnamespace('tidemark_archive')"),
            "0");
  // Kept again while the first archive stays: its index and sequence names
  // are taken in the archive schema, so this time the rows are copied.
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto again = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, Not(HasSubstr("moved there")));
  EXPECT_EQ(ArchiveCount(), "2");
}

TEST_F(KeepDataTest, TypeRevertThatWouldTruncateKeepsOnlyTheChangedValues) {
  Write("0001_items.sql",
        "-- +migrate Up\nCREATE TABLE items (id int PRIMARY KEY, code varchar(5), price "
        "numeric(10,2));\n-- +migrate Down\nDROP TABLE items;\n");
  Write("0002_wider.sql",
        "-- +migrate Up\nALTER TABLE items ALTER COLUMN code TYPE varchar(20);\n"
        "ALTER TABLE items ALTER COLUMN price TYPE numeric(12,4);\n"
        // A plain varchar(5) revert fails on longer values; cutting them
        // takes an expression, and what it changes is kept all the same.
        "-- +migrate Down\nALTER TABLE items ALTER COLUMN code TYPE varchar(5) USING "
        "left(code, 5);\n"
        "ALTER TABLE items ALTER COLUMN price TYPE numeric(10,2);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO items VALUES (1, 'ABCDEFGHIJ', 1.2345), (2, 'XY', 2.5), (3, NULL, NULL)");
  auto dry = Tidemark({"migrate", "rollback", "--dry-run", "--keep-data"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("-- would keep the values changed in public.items.code by key "
                                 "(id) in tidemark_archive"));
  EXPECT_THAT(dry.out, HasSubstr("-- changes column items.price from numeric(12,4) to "
                                 "numeric(10,2), which rounds"));
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_EQ(Query("SELECT code FROM items WHERE id = 1"), "ABCDE");
  EXPECT_EQ(Query("SELECT price FROM items WHERE id = 1"), "1.23");
  // Only the values the revert changed are kept.
  EXPECT_EQ(Query("SELECT string_agg(object || ':' || row_count, ',' ORDER BY id) FROM "
                  "tidemark.archives"),
            "public.items.code:1,public.items.price:1");
  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(Query("SELECT string_agg(id || '=' || coalesce(code, 'NULL') || '/' || "
                  "coalesce(price::text, 'NULL'), ',' ORDER BY id) FROM items"),
            "1=ABCDEFGHIJ/1.2345,2=XY/2.5000,3=NULL/NULL");
  EXPECT_EQ(ArchiveCount(), "0");
}

TEST_F(KeepDataTest, DroppedNotNullColumnOfCompositeKeyTable) {
  Write("0001_members.sql",
        "-- +migrate Up\nCREATE TABLE memberships (org_id int, user_id int, PRIMARY KEY "
        "(org_id, user_id));\n-- +migrate Down\nDROP TABLE memberships;\n");
  Write("0002_role.sql",
        "-- +migrate Up\nALTER TABLE memberships ADD COLUMN role text NOT NULL DEFAULT "
        "'member';\n-- +migrate Down\nALTER TABLE memberships DROP COLUMN role;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec(
      "INSERT INTO memberships VALUES (1, 1, 'owner'), (1, 2, 'member'), (2, 1, 'admin'), "
      "(2, 2, 'guest')");
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_THAT(rb.out, HasSubstr("by key (org_id, user_id): 4 rows"));
  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(Query("SELECT string_agg(org_id || '/' || user_id || '=' || role, ',' ORDER BY "
                  "org_id, user_id) FROM memberships"),
            "1/1=owner,1/2=member,2/1=admin,2/2=guest");
}

TEST_F(KeepDataTest, TableWithoutAnyKeyIsRefusedWithTheReason) {
  Write("0001_logs.sql",
        "-- +migrate Up\nCREATE TABLE logs (msg text);\n-- +migrate Down\nDROP TABLE logs;\n");
  Write("0002_level.sql",
        "-- +migrate Up\nALTER TABLE logs ADD COLUMN level int;\n"
        "-- +migrate Down\nALTER TABLE logs DROP COLUMN level;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  Exec("INSERT INTO logs VALUES ('a', 1), ('b', 2)");
  auto dry = Tidemark({"migrate", "rollback", "--dry-run", "--keep-data"});
  EXPECT_THAT(dry.out, HasSubstr("-- cannot keep public.logs.level: table public.logs has no "
                                 "primary key"));
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  EXPECT_EQ(rb.exit_code, 1);
  EXPECT_THAT(rb.err, HasSubstr("rollback of 0002_level.sql failed at "));
  EXPECT_THAT(rb.err,
              HasSubstr("cannot keep public.logs.level: table public.logs has no primary key and "
                        "no unique index over NOT NULL columns (other than level)"));
  EXPECT_THAT(rb.err, HasSubstr("0002_level.sql is still applied"));
  EXPECT_EQ(Column("logs", "level"), "1");
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(ArchiveCount(), "0");
  EXPECT_EQ(Query("SELECT to_regnamespace('tidemark_archive') IS NULL"), "t");
  // Without --keep-data it rolls back; a dropped table needs no key, its
  // rows are kept whole.
  ASSERT_EQ(Tidemark({"migrate", "rollback"}).exit_code, 0);
  auto table = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_THAT(table.out, HasSubstr("kept table public.logs: 2 rows"));
}

TEST_F(KeepDataTest, ErrorInTheDownAfterTheArchiveLeavesEverythingAsItWas) {
  WritePhone("ALTER TABLE users DROP COLUMN phone;\nSELECT 1 / 0;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  std::string before = Phones();
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  EXPECT_EQ(rb.exit_code, 1);
  EXPECT_THAT(rb.err, HasSubstr("division by zero"));
  EXPECT_EQ(Phones(), before);
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(ArchiveCount(), "0");
  EXPECT_EQ(Query("SELECT to_regnamespace('tidemark_archive') IS NULL"), "t");
}

TEST_F(KeepDataTest, KillDuringTheRollbackLeavesEverythingAsItWas) {
  WritePhone(std::string("ALTER TABLE users DROP COLUMN phone;\n") + kSleep);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  std::string before = Phones();
  testing::TidemarkProcess run(Args({"migrate", "rollback", "--keep-data"}),
                               {{"PGOPTIONS", "-c tidemark_test.sleep=60"}});
  // The archive is made and the column dropped when the sleep runs.
  WaitFor([&] { return Running("pg_sleep"); }, "the Down to be sleeping");
  run.Kill9();
  EXPECT_EQ(run.Wait().exit_code, 128 + SIGKILL);
  WaitFor([&] { return !Running("pg_sleep"); }, "the server to notice the dead client");
  EXPECT_EQ(Phones(), before);
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(ArchiveCount(), "0");
  EXPECT_EQ(Query("SELECT to_regnamespace('tidemark_archive') IS NULL"), "t");
  // And it runs to the end when left alone.
  auto rerun = Tidemark({"migrate", "rollback", "--keep-data"});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  ASSERT_EQ(Tidemark({"migrate", "up", "--restore-data"}).exit_code, 0);
  EXPECT_EQ(Phones(), before);
}

TEST_F(KeepDataTest, KillDuringTheRestoringUpLeavesTheArchive) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  std::string before = Phones();
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  Write("0002_phone.sql",
        std::string("-- +migrate Up\nALTER TABLE users ADD COLUMN phone text;\n") + kSleep +
            "-- +migrate Down\nALTER TABLE users DROP COLUMN phone;\n");
  testing::TidemarkProcess run(Args({"migrate", "up", "--restore-data"}),
                               {{"PGOPTIONS", "-c tidemark_test.sleep=60"}});
  WaitFor([&] { return Running("pg_sleep"); }, "the Up to be sleeping");
  run.Kill9();
  run.Wait();
  WaitFor([&] { return !Running("pg_sleep"); }, "the server to notice the dead client");
  EXPECT_EQ(Column("users", "phone"), "0");
  EXPECT_EQ(TrackedVersions(), "0001");
  EXPECT_EQ(ArchiveCount(), "1");
  EXPECT_EQ(ArchiveTables(), "1");
  ASSERT_EQ(Tidemark({"migrate", "up", "--restore-data"}).exit_code, 0);
  EXPECT_EQ(Phones(), before);
  EXPECT_EQ(ArchiveCount(), "0");
}

TEST_F(KeepDataTest, ShapeThatNoLongerFitsKeepsTheArchive) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  // The migration was edited meanwhile: phone comes back as another type.
  Write("0002_phone.sql",
        "-- +migrate Up\nALTER TABLE users ADD COLUMN phone bigint;\n-- +migrate Down\n"
        "ALTER TABLE users DROP COLUMN phone;\n");
  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_THAT(up.err, HasSubstr("column public.users.phone is now bigint; it was text; it stays "
                                "in tidemark_archive."));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(ArchiveCount(), "1");
  EXPECT_EQ(ArchiveTables(), "1");
}

TEST_F(KeepDataTest, RowsDeletedSinceStayInTheArchive) {
  // The key matches rows; a row gone since keeps its value in the archive.
  Write("0001_users.sql",
        "-- +migrate Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
        "-- +migrate Down\nDROP TABLE users;\n");
  Write("0002_phone.sql",
        "-- +migrate Up\nALTER TABLE users ADD COLUMN phone text;\n-- +migrate Down\n"
        "ALTER TABLE users DROP COLUMN phone;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  Exec("DELETE FROM users WHERE id = 3");
  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_THAT(up.err, HasSubstr("1 row no longer in public.users"));
  EXPECT_EQ(Phones(), "1=+1 555 0100,2=NULL,4=");
  EXPECT_EQ(Query("SELECT row_count FROM tidemark.archives"), "1");
}

TEST_F(KeepDataTest, TwoRollbacksWithoutRestorePutBackTheNewestValues) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);  // without the data
  Exec("UPDATE users SET phone = 'new ' || id");
  ASSERT_EQ(Tidemark({"migrate", "rollback", "--keep-data"}).exit_code, 0);
  EXPECT_EQ(ArchiveCount(), "2");
  auto up = Tidemark({"migrate", "up", "--restore-data"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(Phones(), "1=new 1,2=new 2,3=new 3,4=new 4");
  EXPECT_THAT(up.err, HasSubstr("a newer archive of it (tidemark_archive.\"0002_2\") is put back "
                                "instead"));
  EXPECT_EQ(ArchiveCount(), "1");  // the older one stays, to be dropped by hand
}

TEST_F(KeepDataTest, DryRunShowsWhatWouldBeKeptAndHowBig) {
  WritePhone("ALTER TABLE users DROP COLUMN phone;\nDROP SEQUENCE IF EXISTS user_seq;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  auto dry = Tidemark({"migrate", "rollback", "--dry-run", "--keep-data"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("-- drops column users.phone (3 non-null in 4 rows)"));
  EXPECT_THAT(dry.out, ::testing::ContainsRegex(
                           "-- would keep every value of column public.users.phone by key "
                           "\\(id\\) in tidemark_archive \\(about [0-9]+ bytes\\)"));
  EXPECT_THAT(dry.out, HasSubstr("-- not kept: the position of sequence user_seq"));
  // Without --keep-data the dry run is as before.
  auto plain = Tidemark({"migrate", "rollback", "--dry-run"});
  EXPECT_THAT(plain.out, Not(HasSubstr("would keep")));
  auto json = Tidemark({"--format", "json", "migrate", "rollback", "--dry-run", "--keep-data"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto j = nlohmann::json::parse(json.out);
  EXPECT_THAT(j["rolled_back"][0]["statements"][0]["keep_data"][0].get<std::string>(),
              ::testing::StartsWith("would keep every value of column public.users.phone"));
  EXPECT_EQ(TrackedVersions(), "0001,0002");
  EXPECT_EQ(Query("SELECT count(*) FROM tidemark.archives"), "0");
}

TEST_F(KeepDataTest, SizeLimitRefusesALargeTable) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  auto rb = Tidemark({"migrate", "rollback", "--keep-data", "--max-archive-size", "1kB"});
  EXPECT_EQ(rb.exit_code, 1);
  EXPECT_THAT(rb.err, HasSubstr("over the limit of 1.0 kB (--max-archive-size)"));
  EXPECT_EQ(Column("users", "phone"), "1");
  auto bad = Tidemark({"migrate", "rollback", "--keep-data", "--max-archive-size", "lots"});
  EXPECT_EQ(bad.exit_code, 2);
  auto ok = Tidemark({"migrate", "rollback", "--keep-data", "--max-archive-size", "10MB"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
}

TEST_F(KeepDataTest, ArchiveListShowAndDrop) {
  WritePhone();
  Write("0003_tags.sql",
        "-- +migrate Up\nCREATE TABLE tags (id int PRIMARY KEY, name text);\n"
        "-- +migrate Down\nDROP TABLE tags;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  Exec("INSERT INTO tags VALUES (1, 'red'), (2, 'blue')");
  auto rb = Tidemark({"migrate", "rollback", "2", "--keep-data", "--archive-schema", "kept"});
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  EXPECT_EQ(Query("SELECT string_agg(archive_schema, ',') FROM tidemark.archives"), "kept,kept");
  auto list = Tidemark({"migrate", "archive", "list"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_THAT(list.out, ::testing::ContainsRegex("0003 +table +public.tags +2"));
  EXPECT_THAT(list.out, ::testing::ContainsRegex("0002 +column +public.users.phone +4"));
  EXPECT_THAT(list.out, HasSubstr("2 archives"));
  auto show = Tidemark({"migrate", "archive", "show", "2"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("column public.users.phone"));
  EXPECT_THAT(show.out, HasSubstr("key:         (id)"));
  EXPECT_THAT(show.out, HasSubstr("columns:     id bigint, phone text"));
  EXPECT_THAT(show.out, HasSubstr("0002_phone.sql:4:1"));
  EXPECT_EQ(Tidemark({"migrate", "archive", "show", "9"}).exit_code, 2);
  auto drop = Tidemark({"migrate", "archive", "drop", "0003"});
  ASSERT_EQ(drop.exit_code, 0) << drop.err;
  EXPECT_THAT(drop.out, HasSubstr("dropped the archive of table public.tags (2 rows"));
  EXPECT_EQ(ArchiveCount(), "1");
  auto young = Tidemark({"migrate", "archive", "drop", "--older-than", "1d"});
  ASSERT_EQ(young.exit_code, 0) << young.err;
  EXPECT_EQ(ArchiveCount(), "1");
  Exec("UPDATE tidemark.archives SET archived_at = now() - interval '2 days'");
  auto old = Tidemark({"migrate", "archive", "drop", "--older-than", "1d"});
  ASSERT_EQ(old.exit_code, 0) << old.err;
  EXPECT_THAT(old.out, HasSubstr("dropped 1 archive"));
  EXPECT_EQ(ArchiveCount(), "0");
  EXPECT_EQ(Query("SELECT count(*) FROM pg_tables WHERE schemaname = 'kept'"), "0");
  EXPECT_EQ(Tidemark({"migrate", "archive", "drop"}).exit_code, 2);
}

TEST_F(KeepDataTest, RedoKeepsAndPutsBack) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  FillPhones();
  std::string before = Phones();
  auto redo = Tidemark({"migrate", "redo", "--keep-data"});
  ASSERT_EQ(redo.exit_code, 0) << redo.err;
  EXPECT_THAT(redo.out, HasSubstr("kept column public.users.phone"));
  EXPECT_THAT(redo.out, HasSubstr("put back column public.users.phone: 4 rows"));
  EXPECT_EQ(Phones(), before);
  EXPECT_EQ(ArchiveCount(), "0");
}

TEST_F(KeepDataTest, NoTransactionDownIsRefused) {
  Write("0001_users.sql",
        "-- +migrate Up\nCREATE TABLE users (id bigint PRIMARY KEY, phone text);\n"
        "-- +migrate Down notransaction\nDROP TABLE users;\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  auto rb = Tidemark({"migrate", "rollback", "--keep-data"});
  EXPECT_EQ(rb.exit_code, 1);
  EXPECT_THAT(rb.err, HasSubstr("--keep-data needs the Down to run in one transaction"));
  EXPECT_TRUE(TableExists("users"));
}

TEST_F(KeepDataTest, LayoutOneIsUpgraded) {
  WritePhone();
  ASSERT_EQ(Tidemark({"migrate", "up", "1"}).exit_code, 0);
  // A tracking schema as an older tidemark left it.
  Exec("DROP TABLE tidemark.archives; UPDATE tidemark.tidemark_meta SET value = '1'");
  auto status = Tidemark({"migrate", "status"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  EXPECT_TRUE(TableExists("tidemark.archives"));
  EXPECT_EQ(Query("SELECT value FROM tidemark.tidemark_meta WHERE key = 'layout_version'"), "2");
}

}  // namespace
}  // namespace tidemark::exec
