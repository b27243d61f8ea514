-- history
CREATE TABLE t (a int);
CREATE VIEW v AS SELECT a FROM t;
ALTER VIEW v SET (security_barrier = true);
-- up
DROP VIEW v;
-- expected
-- unknown: view v was changed by a later ALTER VIEW, which tidemark does not replay; its definition is unknown, recreate it by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: view v was changed by a later ALTER VIEW, which tidemark does not replay; its definition is unknown, recreate it by hand
