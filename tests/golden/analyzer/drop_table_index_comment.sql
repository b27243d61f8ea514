-- history
CREATE TABLE t (a int, b text);
CREATE INDEX t_a_idx ON t (a);
COMMENT ON INDEX t_a_idx IS 'lookups by a';
COMMENT ON TABLE t IS 'the t';
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int, b text);
CREATE INDEX t_a_idx ON t USING btree (a);
COMMENT ON INDEX t_a_idx IS 'lookups by a';
COMMENT ON TABLE t IS 'the t';
