-- history
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON INDEX t_a_idx IS 'lookups';
ALTER INDEX t_a_idx RENAME TO t_a_lookup;
-- up
DROP INDEX t_a_lookup;
-- expected
-- needs-history: recreates index t_a_lookup from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_a_lookup ON t USING btree (a);
COMMENT ON INDEX t_a_lookup IS 'lookups';
