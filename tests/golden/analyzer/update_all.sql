-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
UPDATE t SET a = 0;
-- expected
-- irreversible: UPDATE overwrites values; the old values cannot come back
--   lock ROW EXCLUSIVE, scans
-- class: irreversible
-- tidemark: UPDATE overwrites values; the old values cannot come back
