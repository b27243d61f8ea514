-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
-- up
ALTER TABLE t DROP CONSTRAINT t_a_pos;
-- expected
-- needs-history: re-adds constraint t_a_pos from its earlier definition
--   lock ACCESS EXCLUSIVE
-- class: needs-history
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0) NOT VALID;
