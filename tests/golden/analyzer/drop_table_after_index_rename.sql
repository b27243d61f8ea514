-- history
CREATE TABLE t (a int, b int UNIQUE);
CREATE INDEX t_a_idx ON t (a);
ALTER INDEX t_a_idx RENAME TO t_a_renamed;
ALTER INDEX t_b_key RENAME TO t_b_unique;
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int, b int, CONSTRAINT t_b_unique UNIQUE (b));
CREATE INDEX t_a_renamed ON t USING btree (a);
