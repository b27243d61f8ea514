-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
BEGIN;
ALTER TABLE t ADD COLUMN d int;
COMMIT;
-- expected
-- reversible: transaction control; nothing to undo (tidemark wraps each migration itself)
--   lock none
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE
-- reversible: transaction control; nothing to undo (tidemark wraps each migration itself)
--   lock none
-- class: reversible
ALTER TABLE t DROP COLUMN d;
