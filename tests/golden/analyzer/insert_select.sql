-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
INSERT INTO parent (id) SELECT id FROM t;
-- expected
-- irreversible: INSERT ... SELECT (or without a column list) adds rows tidemark cannot identify; write a DELETE by hand
--   lock ROW EXCLUSIVE
-- class: irreversible
-- tidemark: INSERT ... SELECT (or without a column list) adds rows tidemark cannot identify; write a DELETE by hand
