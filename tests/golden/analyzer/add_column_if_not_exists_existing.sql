-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN IF NOT EXISTS a int;
-- expected
-- conditional: column a already exists, so ADD COLUMN IF NOT EXISTS is a no-op; nothing to undo
--   lock ACCESS EXCLUSIVE
-- class: conditional
