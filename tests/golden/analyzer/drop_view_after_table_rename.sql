-- history
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
ALTER TABLE t RENAME TO t2;
-- up
DROP VIEW v;
-- expected
-- unknown: view v's definition refers to a table or column renamed since; recreate it by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: view v's definition refers to a table or column renamed since; recreate it by hand
