-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE VIEW v AS SELECT id FROM t;
COMMENT ON VIEW v IS 'a view';
-- up
DROP VIEW v;
-- expected
-- needs-history: recreates v from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE VIEW v AS SELECT id FROM t;
COMMENT ON VIEW v IS 'a view';
