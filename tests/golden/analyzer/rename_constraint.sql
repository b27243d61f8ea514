-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0);
-- up
ALTER TABLE t RENAME CONSTRAINT t_a_pos TO t_a_positive;
-- expected
-- reversible: renames the constraint back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t RENAME CONSTRAINT t_a_positive TO t_a_pos;
