-- history
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
ALTER INDEX t_a_idx SET (fillfactor = 50);
-- up
DROP INDEX t_a_idx;
-- expected
-- unknown: index t_a_idx was changed by a later ALTER INDEX, which tidemark does not replay; its definition is unknown, recreate it by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: index t_a_idx was changed by a later ALTER INDEX, which tidemark does not replay; its definition is unknown, recreate it by hand
