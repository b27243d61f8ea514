-- history
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
CREATE TABLE c (LIKE t INCLUDING INDEXES);
-- up
CREATE INDEX ON c (a);
-- expected
-- unknown: the index is unnamed and table c holds indexes and constraints tidemark cannot name (it was created with LIKE), so its default name is unknown
--   lock SHARE, scans
-- class: unknown
-- tidemark: the index is unnamed and table c holds indexes and constraints tidemark cannot name (it was created with LIKE), so its default name is unknown
