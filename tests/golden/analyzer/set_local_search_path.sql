-- history
CREATE SCHEMA app;
CREATE TABLE app.t (x int);
CREATE TABLE t (x int);
-- up
SET LOCAL search_path TO app;
ALTER TABLE t ADD COLUMN y int;
-- expected
-- reversible: a session setting; nothing to undo
--   lock none
-- unknown: runs after SET search_path = app: tidemark takes unqualified names to be in public, so it cannot tell what this changes; qualify the names or write its Down by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: runs after SET search_path = app: tidemark takes unqualified names to be in public, so it cannot tell what this changes; qualify the names or write its Down by hand
