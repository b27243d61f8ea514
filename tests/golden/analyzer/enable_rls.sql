-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
-- expected
-- reversible: DISABLE ROW LEVEL SECURITY restores the earlier state
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t DISABLE ROW LEVEL SECURITY;
