-- history
CREATE TABLE u (a int UNIQUE, b int);
-- up
ALTER TABLE u ADD UNIQUE (a);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name u_a_key1
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE u DROP CONSTRAINT u_a_key1;
