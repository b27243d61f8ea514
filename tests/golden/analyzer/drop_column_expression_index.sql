-- history
CREATE TABLE t (a int, b text);
CREATE INDEX t_lower_b_idx ON t (lower(b));
-- up
ALTER TABLE t DROP COLUMN b;
-- expected
-- needs-history: re-adds column b from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column b with its definition; its data is not restored
ALTER TABLE t ADD COLUMN b text;
CREATE INDEX t_lower_b_idx ON t USING btree (lower(b));
