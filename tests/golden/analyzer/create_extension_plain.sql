-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE EXTENSION hstore;
-- expected
-- reversible: DROP removes extension hstore
--   lock none
-- class: reversible
DROP EXTENSION hstore;
