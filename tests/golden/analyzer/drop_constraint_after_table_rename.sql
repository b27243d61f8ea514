-- history
CREATE TABLE t (a int CONSTRAINT t_a_pos CHECK (a > 0), b text);
ALTER TABLE t RENAME TO t2;
-- up
ALTER TABLE t2 DROP CONSTRAINT t_a_pos;
-- expected
-- needs-history: re-adds constraint t_a_pos from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t2 ADD CONSTRAINT t_a_pos CHECK (a > 0);
