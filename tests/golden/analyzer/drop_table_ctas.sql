-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE TABLE t_copy AS SELECT * FROM t;
-- up
DROP TABLE t_copy;
-- expected
-- unknown: table t_copy cannot be rebuilt from history: it was created by CREATE TABLE AS
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: table t_copy cannot be rebuilt from history: it was created by CREATE TABLE AS
