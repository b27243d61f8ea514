-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
-- expected
-- reversible: DROP removes domain positive_int
--   lock none
-- class: reversible
DROP DOMAIN positive_int;
