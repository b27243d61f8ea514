-- history
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON INDEX t_a_idx IS 'lookups';
-- up
DROP INDEX t_a_idx;
-- expected
-- needs-history: recreates index t_a_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_a_idx ON t USING btree (a);
COMMENT ON INDEX t_a_idx IS 'lookups';
