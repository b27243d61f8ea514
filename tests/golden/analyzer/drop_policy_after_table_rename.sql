-- history
CREATE TABLE t (a int);
CREATE POLICY t_pos ON t USING (a > 0);
ALTER TABLE t RENAME TO t2;
-- up
DROP POLICY t_pos ON t2;
-- expected
-- needs-history: recreates policy t_pos from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE POLICY t_pos ON t2 TO public USING (a > 0) ;
