-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
DELETE FROM t;
-- expected
-- irreversible: DELETE removes rows; the data cannot come back
--   lock ROW EXCLUSIVE, scans
-- class: irreversible
-- tidemark: DELETE removes rows; the data cannot come back
