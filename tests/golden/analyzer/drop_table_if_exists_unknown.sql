-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
DROP TABLE IF EXISTS nobody_knows;
-- expected
-- unknown: table nobody_knows is not known from earlier migrations; if it existed, recreate it by hand
--   lock ACCESS EXCLUSIVE
-- class: unknown
-- tidemark: table nobody_knows is not known from earlier migrations; if it existed, recreate it by hand
