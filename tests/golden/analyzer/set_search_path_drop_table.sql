-- history
CREATE SCHEMA app;
CREATE TABLE app.t (id int, v text);
CREATE TABLE t (x int);
-- up
SET search_path = app, public;
DROP TABLE t;
-- expected
-- reversible: a session setting; nothing to undo
--   lock none
-- unknown: runs after SET search_path = app, public: tidemark takes unqualified names to be in public, so it cannot tell what this changes; qualify the names or write its Down by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: runs after SET search_path = app, public: tidemark takes unqualified names to be in public, so it cannot tell what this changes; qualify the names or write its Down by hand
