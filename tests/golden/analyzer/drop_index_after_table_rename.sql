-- history
CREATE TABLE t (a int, b text);
CREATE INDEX t_a_idx ON t (a) WHERE b IS NOT NULL;
ALTER TABLE t RENAME TO t2;
-- up
DROP INDEX t_a_idx;
-- expected
-- needs-history: recreates index t_a_idx from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_a_idx ON t2 USING btree (a) WHERE b IS NOT NULL;
