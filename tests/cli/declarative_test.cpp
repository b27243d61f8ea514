// The declarative flow end to end, with the binary: schema files in any
// order give the first migration and every change after it (renames from
// hints, concurrent indexes on existing tables, the mass-drop guard, lint's
// verdict), `migrate diff` prints what is left, and on a real PostgreSQL the
// written migrations apply and roll back to the schemas the files declare.
// `migrate drift` finds hand edits on a live database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "exec/catalog_snapshot.h"
#include "support/scratch_db.h"
#include "support/tidemark_process.h"

namespace tidemark::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kTables =
    "CREATE TABLE users (\n"
    "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
    "  name text NOT NULL,\n"
    "  email text\n"
    ");\n"
    "COMMENT ON TABLE users IS 'people who sign in';\n"
    "CREATE TABLE posts (\n"
    "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
    "  user_id bigint NOT NULL REFERENCES users (id),\n"
    "  title text NOT NULL DEFAULT ''\n"
    ");\n";
// Read before the tables it depends on (file order is not dependency order).
constexpr const char* kViews =
    "CREATE VIEW post_titles AS\n"
    "  SELECT p.id, p.title, u.name FROM posts p JOIN users u ON u.id = p.user_id;\n";

class Declarative : public ::testing::Test {
 protected:
  void SetUp() override {
    migrations_ = dir_.path() / "migrations";
    schema_ = dir_.path() / "schema";
    fs::create_directories(migrations_);
    dir_.Write("schema/00_views.sql", kViews);
    dir_.Write("schema/10_tables.sql", kTables);
  }

  testing::ProcessResult Tidemark(std::vector<std::string> args) {
    std::vector<std::string> argv = {"--dir", migrations_.string()};
    if (db_) argv.insert(argv.end(), {"--database-url", db_->Url()});
    argv.insert(argv.end(), args.begin(), args.end());
    return testing::RunTidemark(argv);
  }
  testing::ProcessResult Generate(const std::string& label, std::vector<std::string> args = {}) {
    std::vector<std::string> argv = {"migrate",      "generate",       "--label",  label,
                                     "--schema-dir", schema_.string(), "--format", "combined"};
    argv.insert(argv.end(), args.begin(), args.end());
    return Tidemark(argv);
  }

  std::vector<std::string> Files() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(migrations_)) {
      out.push_back(e.path().filename().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string Newest() { return testing::ReadWholeFile(migrations_ / Files().back()); }

  // The schema the files declare, built on its own database by running them
  // in an order that works (tables, then views).
  exec::CatalogSnapshot Declared(const std::vector<std::string>& files) {
    auto db = testing::ScratchDatabase::Create("declared");
    pqxx::connection c(db->ConnectionString());
    for (const auto& f : files) {
      pqxx::nontransaction tx(c);
      tx.exec(testing::ReadWholeFile(schema_ / f));
    }
    return exec::TakeSnapshot(db->ConnectionString());
  }
  exec::CatalogSnapshot Live() { return exec::TakeSnapshot(db_->ConnectionString()); }

  void ExpectSame(const exec::CatalogSnapshot& want, const exec::CatalogSnapshot& got) {
    exec::SnapshotDiff d = exec::CompareSnapshots(want, got);
    EXPECT_TRUE(d.equal()) << "missing:\n"
                           << ::testing::PrintToString(d.missing) << "\nunexpected:\n"
                           << ::testing::PrintToString(d.unexpected);
  }

  void Exec(const std::string& sql) {
    pqxx::connection c(db_->ConnectionString());
    pqxx::nontransaction tx(c);
    tx.exec(sql);
  }

  testing::TempDir dir_;
  fs::path migrations_;
  fs::path schema_;
  std::unique_ptr<testing::ScratchDatabase> db_;
};

TEST_F(Declarative, TheFirstMigrationComesFromFilesInAnyOrderAndASecondRunWritesNothing) {
  auto r = Generate("init");
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  ASSERT_EQ(Files().size(), 1u);
  std::string text = Newest();
  // Tables before the view that reads them, the foreign key's table first.
  size_t users = text.find("CREATE TABLE users");
  size_t posts = text.find("CREATE TABLE posts");
  size_t view = text.find("CREATE VIEW post_titles");
  ASSERT_NE(users, std::string::npos) << text;
  ASSERT_NE(view, std::string::npos) << text;
  EXPECT_LT(users, view);
  EXPECT_LT(posts, view);
  EXPECT_THAT(text, HasSubstr("-- +migrate Down\n"));
  EXPECT_THAT(text, Not(HasSubstr("tidemark: lint")));
  EXPECT_THAT(text, Not(HasSubstr("does not give")));

  auto lint = Tidemark({"lint"});
  EXPECT_EQ(lint.exit_code, 0) << lint.out;
  auto diff = Tidemark({"migrate", "diff", "--schema-dir", schema_.string(), "--exit-code"});
  EXPECT_EQ(diff.exit_code, 0) << diff.out << diff.err;
  EXPECT_THAT(diff.err, HasSubstr("no difference"));

  auto again = Generate("again");
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.err, HasSubstr("nothing to generate"));
  EXPECT_EQ(Files().size(), 1u);
}

TEST_F(Declarative, SchemaFileErrorsNameFileLineAndColumn) {
  dir_.Write("schema/20_seed.sql", "CREATE TABLE tags (id int);\n\nINSERT INTO tags VALUES (1);\n");
  auto r = Generate("init");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("20_seed.sql:3:1: error:"));
  EXPECT_THAT(r.err, HasSubstr("[not-a-declaration]"));
  dir_.Write("schema/20_seed.sql", "CREATE TABLE tags (id int,);\n");
  r = Generate("init");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("20_seed.sql:1:"));
  EXPECT_THAT(r.err, HasSubstr("[syntax-error]"));
  EXPECT_TRUE(Files().empty());
}

TEST_F(Declarative, AMassDropIsRefusedUnlessAllowedAndLintSaysWhyItFails) {
  ASSERT_EQ(Generate("init").exit_code, 0);
  fs::remove(schema_ / "10_tables.sql");
  fs::remove(schema_ / "00_views.sql");
  dir_.Write("schema/10_tables.sql", "CREATE TABLE audit (id int);\n");
  auto r = Generate("drop_all");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("refused as a mass drop"));
  EXPECT_EQ(Files().size(), 1u);
  r = Generate("drop_all", {"--allow-drops"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string text = Newest();
  EXPECT_THAT(text, HasSubstr("DROP TABLE"));
  // ban-drop-table is an error at lint's default settings: the file says so.
  EXPECT_THAT(text, HasSubstr("-- tidemark: lint fails this migration: ban-drop-table"));
  EXPECT_THAT(r.err, HasSubstr("lint fails the generated migration"));
}

class DeclarativeDb : public Declarative {
 protected:
  void SetUp() override {
    Declarative::SetUp();
    db_ = testing::ScratchDatabase::Create("declarative");
  }
};

TEST_F(DeclarativeDb, GeneratedMigrationsApplyAndRollBackToTheDeclaredSchemas) {
  ASSERT_EQ(Generate("init").exit_code, 0);
  auto up = Tidemark({"migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  exec::CatalogSnapshot first = Declared({"10_tables.sql", "00_views.sql"});
  exec::SnapshotOptions no_tracking;
  ExpectSame(first, exec::TakeSnapshot(db_->ConnectionString(), no_tracking));
  Exec("INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com')");

  // A rename declared by a hint, a new column and an index on an existing table.
  dir_.Write("schema/10_tables.sql",
             "CREATE TABLE users (\n"
             "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
             "  -- tidemark:renamed-from name\n"
             "  full_name text NOT NULL,\n"
             "  email text,\n"
             "  phone text\n"
             ");\n"
             "COMMENT ON TABLE users IS 'people who sign in';\n"
             "CREATE INDEX users_email_idx ON users (email);\n"
             "CREATE TABLE posts (\n"
             "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
             "  user_id bigint NOT NULL REFERENCES users (id),\n"
             "  title text NOT NULL DEFAULT ''\n"
             ");\n");
  dir_.Write(
      "schema/00_views.sql",
      "CREATE VIEW post_titles AS\n"
      "  SELECT p.id, p.title, u.full_name FROM posts p JOIN users u ON u.id = p.user_id;\n");
  auto gen = Generate("rename_and_index");
  ASSERT_EQ(gen.exit_code, 0) << gen.err;
  std::string text = Newest();
  EXPECT_THAT(text, HasSubstr("RENAME COLUMN name TO full_name"));
  EXPECT_THAT(text, Not(HasSubstr("DROP COLUMN name")));
  EXPECT_THAT(text, HasSubstr("-- +migrate Up notransaction\n"));
  EXPECT_THAT(text, HasSubstr("CREATE INDEX CONCURRENTLY users_email_idx"));
  EXPECT_THAT(text, HasSubstr("DROP INDEX CONCURRENTLY"));
  EXPECT_THAT(text, HasSubstr("-- tidemark: hazard: takes ACCESS EXCLUSIVE on public.users"));
  EXPECT_THAT(text, Not(HasSubstr("tidemark: lint")));
  EXPECT_EQ(Tidemark({"lint"}).exit_code, 0);

  up = Tidemark({"migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  ExpectSame(Declared({"10_tables.sql", "00_views.sql"}),
             exec::TakeSnapshot(db_->ConnectionString(), no_tracking));
  {
    pqxx::connection c(db_->ConnectionString());
    pqxx::work tx(c);
    EXPECT_EQ(tx.exec1("SELECT full_name FROM users")[0].as<std::string>(), "ada");
  }
  // The hint stays in the file: the next generate finds nothing to do.
  EXPECT_THAT(Generate("again").err, HasSubstr("nothing to generate"));

  auto back = Tidemark({"migrate", "rollback"});
  ASSERT_EQ(back.exit_code, 0) << back.out << back.err;
  ExpectSame(first, exec::TakeSnapshot(db_->ConnectionString(), no_tracking));
  pqxx::connection c(db_->ConnectionString());
  pqxx::work tx(c);
  EXPECT_EQ(tx.exec1("SELECT name FROM users")[0].as<std::string>(), "ada");
}

TEST_F(DeclarativeDb, DriftFindsEachHandEditAndNothingOnAnUntouchedDatabase) {
  dir_.Write("schema/20_audit.sql",
             "CREATE TABLE audit (at timestamptz NOT NULL DEFAULT now(), what text);\n"
             "CREATE INDEX audit_at_idx ON audit (at);\n"
             "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
             "BEGIN NEW.title := trim(NEW.title); RETURN NEW; END $$;\n");
  ASSERT_EQ(Generate("init").exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);

  auto clean = Tidemark({"migrate", "drift", "--exit-code"});
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  EXPECT_THAT(clean.out, HasSubstr("no drift"));

  Exec("ALTER TABLE users ADD COLUMN nickname text");
  Exec("DROP INDEX audit_at_idx");
  Exec("ALTER TABLE posts ALTER COLUMN title SET DEFAULT 'untitled'");
  Exec("CREATE TRIGGER posts_touch BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION touch()");
  Exec(
      "CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
      "BEGIN NEW.title := upper(NEW.title); RETURN NEW; END $$");
  auto drift = Tidemark({"migrate", "drift", "--exit-code"});
  EXPECT_EQ(drift.exit_code, 1) << drift.out << drift.err;
  EXPECT_THAT(drift.out, HasSubstr("added    column public.users.nickname"));
  EXPECT_THAT(drift.out, HasSubstr("missing  index public.audit_at_idx"));
  EXPECT_THAT(drift.out, HasSubstr("changed  column public.posts.title"));
  EXPECT_THAT(drift.out, HasSubstr("added    trigger public.posts.posts_touch"));
  EXPECT_THAT(drift.out, HasSubstr("changed  function public.touch()"));
  EXPECT_THAT(drift.out, HasSubstr("drift: 5 objects differ"));
  // Without --exit-code drift is a report, exit 0; JSON has every change.
  // --dev-url replays on a database of our own instead of a throwaway server.
  auto dev = testing::ScratchDatabase::Create("dev");
  auto json = Tidemark({"--format", "json", "migrate", "drift", "--dev-url", dev->Url()});
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_THAT(json.out, HasSubstr("\"drift\":true"));
  EXPECT_THAT(json.out, HasSubstr("\"object\":\"index public.audit_at_idx\""));
}

TEST_F(DeclarativeDb, DiffReadsTheDatabaseAndDumpWritesASchemaDirectoryThatMatchesIt) {
  // An empty database of the test's cluster for each diff (--dev-url), which
  // is cheaper than a scratch server each time.
  std::vector<std::unique_ptr<testing::ScratchDatabase>> dev;
  auto dev_url = [&dev] {
    dev.push_back(testing::ScratchDatabase::Create("dev"));
    return dev.back()->Url();
  };
  ASSERT_EQ(Generate("init").exit_code, 0);
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  // Untouched: the database and the migrations, and the database and the
  // schema files, give the same schema (each side made on PostgreSQL).
  for (const char* other : {"migrations", "schema"}) {
    auto same = Tidemark({"migrate", "diff", "--from", "database", "--to", other, "--schema-dir",
                          schema_.string(), "--exit-code", "--dev-url", dev_url()});
    EXPECT_EQ(same.exit_code, 0) << other << same.out << same.err;
    EXPECT_THAT(same.err, HasSubstr("no difference"));
  }

  Exec("ALTER TABLE users ADD COLUMN nickname text");
  Exec("CREATE INDEX users_nickname_idx ON users (nickname)");
  auto diff = Tidemark({"migrate", "diff", "--from", "migrations", "--to", "database",
                        "--exit-code", "--dev-url", dev_url()});
  EXPECT_EQ(diff.exit_code, 1) << diff.out << diff.err;
  EXPECT_THAT(diff.out, HasSubstr("ADD COLUMN nickname text"));
  EXPECT_THAT(diff.out, HasSubstr("CREATE INDEX users_nickname_idx"));
  auto back = Tidemark({"--format", "json", "migrate", "diff", "--from", "database", "--to",
                        "migrations", "--dev-url", dev_url()});
  EXPECT_EQ(back.exit_code, 0) << back.err;
  EXPECT_THAT(back.out, HasSubstr("DROP COLUMN nickname"));
  EXPECT_THAT(back.out, HasSubstr("\"equal\":false"));

  // dump: beside other schema files it refuses; into an empty folder it
  // writes schema.sql, and again only with --force.
  auto beside = Tidemark({"migrate", "dump", "--schema-dir", schema_.string()});
  EXPECT_EQ(beside.exit_code, 2);
  EXPECT_THAT(beside.err, HasSubstr("already holds schema files"));
  fs::path dumped = dir_.path() / "dumped";
  auto dump = Tidemark({"migrate", "dump", "--schema-dir", dumped.string()});
  ASSERT_EQ(dump.exit_code, 0) << dump.out << dump.err;
  EXPECT_THAT(dump.out, HasSubstr("wrote " + (dumped / "schema.sql").string()));
  EXPECT_EQ(Tidemark({"migrate", "dump", "--schema-dir", dumped.string()}).exit_code, 2);
  EXPECT_EQ(Tidemark({"migrate", "dump", "--schema-dir", dumped.string(), "--force"}).exit_code, 0);

  // PostgreSQL says the file declares what the database holds.
  std::string text = testing::ReadWholeFile(dumped / "schema.sql");
  {
    auto fresh = testing::ScratchDatabase::Create("dumped");
    pqxx::connection c(fresh->ConnectionString());
    pqxx::nontransaction tx(c);
    tx.exec(text);
    exec::SnapshotOptions no_tracking;
    ExpectSame(exec::TakeSnapshot(db_->ConnectionString(), no_tracking),
               exec::TakeSnapshot(fresh->ConnectionString()));
  }
  // The objects the migrations made keep their spelling: offline, the dumped
  // files differ from the migrations by the hand edits alone, and generate
  // from them writes just those.
  auto offline = Tidemark({"migrate", "diff", "--from", "migrations", "--to", "schema",
                           "--schema-dir", dumped.string()});
  EXPECT_EQ(offline.exit_code, 0) << offline.err;
  EXPECT_THAT(offline.out, HasSubstr("ADD COLUMN nickname text"));
  EXPECT_THAT(offline.out, HasSubstr("CREATE INDEX users_nickname_idx"));
  EXPECT_THAT(offline.out, Not(HasSubstr("DROP")));
  EXPECT_EQ(Tidemark({"migrate", "diff", "--from", "schema", "--to", "database", "--schema-dir",
                      dumped.string(), "--exit-code", "--dev-url", dev_url()})
                .exit_code,
            0);

  // From the migrations, offline: the schema they give.
  auto from_migrations = Tidemark({"migrate", "dump", "--from", "migrations", "--stdout"});
  ASSERT_EQ(from_migrations.exit_code, 0) << from_migrations.err;
  EXPECT_THAT(from_migrations.out, Not(HasSubstr("nickname")));
  auto fresh = testing::ScratchDatabase::Create("from_migrations");
  {
    pqxx::connection c(fresh->ConnectionString());
    pqxx::nontransaction tx(c);
    tx.exec(from_migrations.out);
  }
  ExpectSame(Declared({"10_tables.sql", "00_views.sql"}),
             exec::TakeSnapshot(fresh->ConnectionString()));

  // A pg_dump that cannot run is a clear error, and nothing is written.
  auto broken = Tidemark({"migrate", "dump", "--schema-dir", (dir_.path() / "none").string(),
                          "--pg-dump", "/nonexistent/pg_dump"});
  EXPECT_EQ(broken.exit_code, 1);
  EXPECT_THAT(broken.err, HasSubstr("cannot run /nonexistent/pg_dump"));
  EXPECT_FALSE(fs::exists(dir_.path() / "none"));
}

}  // namespace
}  // namespace tidemark::cli
