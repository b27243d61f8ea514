-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
-- expected
-- reversible: DROP CONSTRAINT removes the new constraint
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t DROP CONSTRAINT t_a_pos;
