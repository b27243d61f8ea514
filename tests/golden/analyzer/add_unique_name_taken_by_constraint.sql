-- history
CREATE TABLE u (a int, b int);
CREATE TABLE o (x int CONSTRAINT u_a_key CHECK (x > 0));
-- up
ALTER TABLE u ADD UNIQUE (a);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name u_a_key1
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE u DROP CONSTRAINT u_a_key1;
