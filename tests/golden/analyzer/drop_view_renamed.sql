-- history
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v RENAME TO v2;
-- up
DROP VIEW v2;
-- expected
-- needs-history: recreates v2 from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE VIEW v2 AS SELECT a FROM t;
