-- history
CREATE TABLE t (a int, b int);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t USING hash (b);
-- up
DROP INDEX t_a_idx, t_b_idx;
-- expected
-- needs-history: recreates index t_a_idx from its earlier definition (and 1 more)
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE INDEX t_b_idx ON t USING hash (b);
CREATE INDEX t_a_idx ON t USING btree (a);
