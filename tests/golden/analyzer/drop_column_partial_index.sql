-- history
CREATE TABLE t (a int, b int);
CREATE INDEX t_a_idx ON t (a) WHERE b > 0;
-- up
ALTER TABLE t DROP COLUMN b;
-- expected
-- needs-history: re-adds column b from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column b with its definition; its data is not restored
ALTER TABLE t ADD COLUMN b int;
CREATE INDEX t_a_idx ON t USING btree (a) WHERE b > 0;
