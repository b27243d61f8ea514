-- history
CREATE TABLE t (a int);
CREATE POLICY t_pos ON t USING (a > 0);
COMMENT ON POLICY t_pos ON t IS 'positive only';
-- up
DROP POLICY t_pos ON t;
-- expected
-- needs-history: recreates policy t_pos from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE POLICY t_pos ON t USING (a > 0);
COMMENT ON POLICY t_pos ON t IS 'positive only';
