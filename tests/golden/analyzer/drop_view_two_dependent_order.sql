-- history
CREATE TABLE t (a int, b int);
CREATE VIEW v1 AS SELECT a, b FROM t;
CREATE VIEW v2 AS SELECT a FROM v1 WHERE b > 0;
-- up
DROP VIEW v1, v2;
-- expected
-- needs-history: recreates v2 from its earlier definition (and 1 more)
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE VIEW v1 AS SELECT a, b FROM t;
CREATE VIEW v2 AS SELECT a FROM v1 WHERE b > 0;
