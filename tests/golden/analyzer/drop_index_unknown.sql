-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
DROP INDEX nope_idx;
-- expected
-- unknown: index nope_idx is not created by an earlier migration; its definition is unknown
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: index nope_idx is not created by an earlier migration; its definition is unknown
