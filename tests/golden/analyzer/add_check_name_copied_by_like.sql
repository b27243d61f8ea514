-- history
CREATE TABLE t (a int CHECK (a > 0));
CREATE TABLE c (LIKE t INCLUDING CONSTRAINTS);
ALTER TABLE t DROP CONSTRAINT t_a_check;
-- up
ALTER TABLE t ADD CHECK (a > 0);
-- expected
-- conditional: the constraint is unnamed: DROP CONSTRAINT uses PostgreSQL's default name t_a_check1
--   lock ACCESS EXCLUSIVE, scans
-- class: conditional
ALTER TABLE t DROP CONSTRAINT t_a_check1;
