-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE VIEW v AS SELECT id, a FROM t;
ALTER TABLE t RENAME COLUMN a TO aa;
-- up
DROP VIEW v;
-- expected
-- unknown: view v's definition refers to a table or column renamed since; recreate it by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: view v's definition refers to a table or column renamed since; recreate it by hand
