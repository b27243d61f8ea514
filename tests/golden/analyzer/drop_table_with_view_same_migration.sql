-- history
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t WHERE b <> '';
-- up
DROP VIEW v;
DROP TABLE t;
-- expected
-- needs-history: recreates v from its earlier definition
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a FROM t WHERE b <> '';
