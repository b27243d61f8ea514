-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN id SET NOT NULL;
-- expected
-- reversible: column id was already NOT NULL; nothing to undo
--   lock ACCESS EXCLUSIVE, scans
-- class: reversible
