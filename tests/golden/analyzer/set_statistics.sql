-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t ALTER COLUMN a SET STATISTICS 500;
-- expected
-- unknown: tidemark does not track the earlier setting this changes; write its Down by hand
--   lock SHARE UPDATE EXCLUSIVE
-- class: unknown
-- tidemark: tidemark does not track the earlier setting this changes; write its Down by hand
