// The tracking row as each of tidemark's commits leaves it: a migration
// run statement by statement is dirty from its first commit on, and every
// committed state that is dirty names the statement running (failed_at),
// so a kill at any moment leaves a row that says where it stopped.
// scripts/faults.sh found the gap this closes: a kill between the commit
// that marked the row dirty and the one that named the statement.
#include "exec/executor_fixture.h"

namespace tidemark::exec {
namespace {

class TrackingStatesTest : public ExecutorTest {};

TEST_F(TrackingStatesTest, EveryCommittedDirtyStateNamesTheRunningStatement) {
  Write("0001_a.sql", "CREATE TABLE a (id int);\n");
  ASSERT_EQ(Tidemark({"migrate", "up"}).exit_code, 0);
  // A deferred trigger records the row as each transaction commits it.
  Exec(R"(
    CREATE TABLE public.states (n serial, version text, dirty boolean, failed_at text);
    CREATE FUNCTION public.record_state() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO public.states (version, dirty, failed_at)
        SELECT version, dirty, failed_at FROM tidemark.migrations WHERE version = NEW.version;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER record_state AFTER INSERT OR UPDATE ON tidemark.migrations
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.record_state();
  )");
  Write("0002_b.sql",
        "-- +migrate Up notransaction\nCREATE TABLE b (id int);\n"
        "CREATE INDEX CONCURRENTLY b_idx ON b (id);\n"
        "-- +migrate Down notransaction\nDROP INDEX CONCURRENTLY b_idx;\nDROP TABLE b;\n");
  auto up = Tidemark({"migrate", "up"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  auto rollback = Tidemark({"migrate", "rollback"});
  ASSERT_EQ(rollback.exit_code, 0) << rollback.err;

  std::string file = (dir_.path() / "0002_b.sql").string();
  // Up: dirty at line 2, then at line 3, then applied; rollback: dirty at
  // line 5, then at line 6 (then the row is deleted). Each state once, as
  // commits with two updates of the row record it twice.
  EXPECT_EQ(Query("SELECT string_agg(s, ', ' ORDER BY n) FROM (SELECT n, s, lag(s) OVER (ORDER BY "
                  "n) AS prev FROM (SELECT n, dirty || ' ' || coalesce(failed_at, '-') AS s FROM "
                  "states WHERE version = '0002') x) y WHERE prev IS DISTINCT FROM s"),
            "true " + file + ":2:1, true " + file + ":3:1, false -, true " + file + ":5:1, true " +
                file + ":6:1");
  EXPECT_EQ(Query("SELECT count(*) FROM states WHERE dirty AND coalesce(failed_at, '') = ''"), "0");
}

}  // namespace
}  // namespace tidemark::exec
