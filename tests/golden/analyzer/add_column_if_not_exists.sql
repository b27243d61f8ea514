-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN IF NOT EXISTS d int;
-- expected
-- conditional: DROP COLUMN undoes it, assuming d did not exist before
--   lock ACCESS EXCLUSIVE
-- class: conditional
ALTER TABLE t DROP COLUMN d;
