-- history
CREATE UNLOGGED TABLE t (a int);
ALTER TABLE t RENAME TO t2;
-- up
DROP TABLE t2;
-- expected
-- needs-history: recreates table t2 from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t2 from its definition; its data is not restored
CREATE UNLOGGED TABLE t2 (a int);
