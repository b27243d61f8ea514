-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ADD COLUMN d int;
UPDATE t SET d = a;
ALTER TABLE t ALTER COLUMN d SET NOT NULL;
-- expected
-- reversible: DROP COLUMN removes the new column
--   lock ACCESS EXCLUSIVE
-- irreversible: UPDATE overwrites values; the old values cannot come back
--   lock ROW EXCLUSIVE, scans
-- reversible: DROP NOT NULL makes d nullable again
--   lock ACCESS EXCLUSIVE, scans
-- class: irreversible
ALTER TABLE t ALTER COLUMN d DROP NOT NULL;
-- tidemark: UPDATE overwrites values; the old values cannot come back
ALTER TABLE t DROP COLUMN d;
