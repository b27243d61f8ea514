-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
TRUNCATE t;
-- expected
-- irreversible: TRUNCATE deletes every row; the data cannot come back
--   lock ACCESS EXCLUSIVE, rewrites
-- class: irreversible
-- tidemark: TRUNCATE deletes every row; the data cannot come back
