-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE MATERIALIZED VIEW t_mv AS SELECT id FROM t WITH NO DATA;
-- expected
-- reversible: DROP MATERIALIZED VIEW removes it
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP MATERIALIZED VIEW t_mv;
