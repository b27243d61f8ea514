-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CHECK (a > 0);
-- up
ALTER TABLE t ADD CHECK (a < 100);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name t_a_check1
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE t DROP CONSTRAINT t_a_check1;
