-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE SCHEMA rep CREATE TABLE x (id int);
-- expected
-- unknown: CREATE SCHEMA with elements: write DROP statements for each element by hand
--   lock none
-- class: unknown
-- tidemark: CREATE SCHEMA with elements: write DROP statements for each element by hand
