-- history
CREATE TABLE t (a int, owner text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
ALTER TABLE t FORCE ROW LEVEL SECURITY;
CREATE POLICY t_read ON t FOR SELECT USING (owner = current_user);
CREATE POLICY t_write ON t AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (a > 0);
-- up
DROP TABLE t;
-- expected
-- needs-history: recreates table t from its earlier definition; its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: recreates table t from its definition; its data is not restored
CREATE TABLE t (a int, owner text);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
ALTER TABLE t FORCE ROW LEVEL SECURITY;
CREATE POLICY t_read ON t FOR SELECT USING (owner = current_user);
CREATE POLICY t_write ON t AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (a > 0);
