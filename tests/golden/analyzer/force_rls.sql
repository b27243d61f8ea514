-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t FORCE ROW LEVEL SECURITY;
-- expected
-- reversible: NO FORCE ROW LEVEL SECURITY restores the earlier state
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t NO FORCE ROW LEVEL SECURITY;
