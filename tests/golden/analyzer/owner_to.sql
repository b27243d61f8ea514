-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t OWNER TO postgres;
-- expected
-- unknown: tidemark does not track the earlier setting this changes; write its Down by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: tidemark does not track the earlier setting this changes; write its Down by hand
