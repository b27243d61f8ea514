-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
-- up
REFRESH MATERIALIZED VIEW mv;
-- expected
-- reversible: no schema change; nothing to undo
--   lock ACCESS EXCLUSIVE, rewrites, scans
-- class: reversible
