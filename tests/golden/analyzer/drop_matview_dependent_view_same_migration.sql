-- history
CREATE TABLE t (a int);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
CREATE VIEW v AS SELECT a FROM mv;
-- up
DROP VIEW v;
DROP MATERIALIZED VIEW mv;
-- expected
-- needs-history: recreates v from its earlier definition
--   lock ACCESS EXCLUSIVE
-- needs-history: recreates mv from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates the materialized view; REFRESH it to restore its rows
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
CREATE VIEW v AS SELECT a FROM mv;
