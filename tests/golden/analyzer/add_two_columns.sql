-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN d int, ADD COLUMN e text DEFAULT 'x';
-- expected
-- reversible: DROP COLUMN removes the new column (2 subcommands)
--   lock ACCESS EXCLUSIVE
-- class: reversible
ALTER TABLE t DROP COLUMN e;
ALTER TABLE t DROP COLUMN d;
