-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE VIEW v AS SELECT id FROM t;
-- up
ALTER VIEW v RENAME TO v2;
-- expected
-- reversible: renames it back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER VIEW v2 RENAME TO v;
