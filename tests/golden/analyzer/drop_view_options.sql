-- history
CREATE TABLE t (a int);
CREATE VIEW v WITH (security_barrier = true) AS SELECT a FROM t WHERE a > 0 WITH CHECK OPTION;
-- up
DROP VIEW v;
-- expected
-- needs-history: recreates v from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE VIEW v WITH (security_barrier = true) AS SELECT a FROM t WHERE a > 0 WITH CHECK OPTION;
