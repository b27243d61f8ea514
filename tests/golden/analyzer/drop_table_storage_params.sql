-- history
CREATE TABLE t (a int) WITH (fillfactor = 70, autovacuum_enabled = false);
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int) WITH (fillfactor=70, autovacuum_enabled=false);
