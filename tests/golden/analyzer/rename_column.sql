-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t RENAME COLUMN b TO body;
-- expected
-- reversible: renames the column back
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t RENAME COLUMN body TO b;
