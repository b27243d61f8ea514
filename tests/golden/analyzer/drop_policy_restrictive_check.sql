-- history
CREATE TABLE t (a int, owner text);
CREATE POLICY t_ins ON t AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (owner = current_user);
-- up
DROP POLICY t_ins ON t;
-- expected
-- needs-history: recreates policy t_ins from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
CREATE POLICY t_ins ON t AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (owner = current_user);
