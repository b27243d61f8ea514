-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE VIEW v AS SELECT id, a FROM t WHERE a > 0;
-- up
DROP VIEW v;
-- expected
-- needs-history: recreates v from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE VIEW v AS SELECT id, a FROM t WHERE a > 0;
