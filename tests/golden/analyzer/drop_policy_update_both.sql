-- history
CREATE TABLE t (a int);
CREATE POLICY t_upd ON t FOR UPDATE USING (a > 0) WITH CHECK (a > 1);
-- up
DROP POLICY t_upd ON t;
-- expected
-- needs-history: recreates policy t_upd from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE POLICY t_upd ON t FOR UPDATE USING (a > 0) WITH CHECK (a > 1);
