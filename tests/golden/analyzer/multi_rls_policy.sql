-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_own ON t USING (a = 1);
-- expected
-- reversible: DISABLE ROW LEVEL SECURITY restores the earlier state
--   lock ACCESS EXCLUSIVE
-- reversible: DROP POLICY removes the new policy
--   lock ACCESS EXCLUSIVE
-- class: reversible
DROP POLICY t_own ON t;
ALTER TABLE t DISABLE ROW LEVEL SECURITY;
