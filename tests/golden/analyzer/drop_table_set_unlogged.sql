-- history
CREATE TABLE t (a int);
ALTER TABLE t SET UNLOGGED;
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE UNLOGGED TABLE t (a int);
