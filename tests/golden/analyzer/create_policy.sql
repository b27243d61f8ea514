-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE POLICY t_read ON t FOR SELECT TO PUBLIC USING (a > 0);
-- expected
-- reversible: DROP POLICY removes the new policy
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP POLICY t_read ON t;
