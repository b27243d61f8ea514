-- history
CREATE TABLE t (id int, a int);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON COLUMN t.a IS 'the a';
COMMENT ON INDEX t_a_idx IS 'by a';
-- up
ALTER TABLE t DROP COLUMN a;
-- expected
-- needs-history: re-adds column a from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column a with its definition; its data is not restored
ALTER TABLE t ADD COLUMN a int;
CREATE INDEX t_a_idx ON t USING btree (a);
COMMENT ON INDEX t_a_idx IS 'by a';
COMMENT ON COLUMN t.a IS 'the a';
