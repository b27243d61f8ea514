-- history
CREATE SCHEMA app;
-- up
SET search_path = app;
CREATE TABLE t (id int);
-- expected
-- reversible: a session setting; nothing to undo
--   lock none
-- unknown: runs after SET search_path = app: tidemark takes unqualified names to be in public, so it cannot tell what this changes; qualify the names or write its Down by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: runs after SET search_path = app: tidemark takes unqualified names to be in public, so it cannot tell what this changes; qualify the names or write its Down by hand
