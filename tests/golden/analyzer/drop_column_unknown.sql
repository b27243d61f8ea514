-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
ALTER TABLE t DROP COLUMN zzz;
-- expected
-- unknown: column zzz is not known from earlier migrations; its definition is needed to re-add it
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: column zzz is not known from earlier migrations; its definition is needed to re-add it
