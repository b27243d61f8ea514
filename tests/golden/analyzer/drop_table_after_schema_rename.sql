-- history
CREATE SCHEMA a;
CREATE TABLE a.t (id int);
ALTER SCHEMA a RENAME TO b;
-- up
DROP TABLE b.t;
-- expected
-- unknown: table t is not created by an earlier migration; its definition is unknown
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: table t is not created by an earlier migration; its definition is unknown
