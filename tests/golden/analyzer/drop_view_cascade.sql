-- history
CREATE TABLE t (a int);
CREATE VIEW v1 AS SELECT a FROM t;
CREATE VIEW v2 AS SELECT a FROM v1;
-- up
DROP VIEW v1 CASCADE;
-- expected
-- irreversible: DROP VIEW ... CASCADE also drops dependents tidemark cannot know
--   lock ACCESS EXCLUSIVE
-- class: irreversible
-- tidemark: DROP VIEW ... CASCADE also drops dependents tidemark cannot know
