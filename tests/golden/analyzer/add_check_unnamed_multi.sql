-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD CHECK (a > 0 AND length(b) < 100);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name t_check
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE t DROP CONSTRAINT t_check;
