-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0);
-- up
ALTER TABLE t DROP COLUMN a;
-- expected
-- needs-history: re-adds column a from its earlier definition (type, default, constraints); its data is lost
--   lock ACCESS EXCLUSIVE
-- class: needs-history
-- tidemark: re-adds column a with its definition; its data is not restored
ALTER TABLE t ADD COLUMN a int;
ALTER TABLE t ADD CONSTRAINT t_a_pos CHECK (a > 0);
