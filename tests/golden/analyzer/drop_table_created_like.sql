-- history
CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL DEFAULT 1);
CREATE TABLE c (LIKE t INCLUDING ALL);
-- up
DROP TABLE c;
-- expected
-- unknown: table c cannot be rebuilt from history: it was created with LIKE
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: table c cannot be rebuilt from history: it was created with LIKE
