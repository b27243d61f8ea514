-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
-- up
DROP MATERIALIZED VIEW mv;
-- expected
-- needs-history: recreates mv from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates the materialized view; REFRESH it to restore its rows
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
