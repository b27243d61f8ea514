-- history
CREATE TABLE t (a int);
CREATE POLICY t_pos ON t USING (a > 0);
COMMENT ON POLICY t_pos ON t IS 'positive only';
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int);
CREATE POLICY t_pos ON t USING (a > 0);
COMMENT ON POLICY t_pos ON t IS 'positive only';
