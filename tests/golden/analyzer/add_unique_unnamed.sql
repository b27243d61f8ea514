-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD UNIQUE (b, c);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name t_b_c_key
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE t DROP CONSTRAINT t_b_c_key;
