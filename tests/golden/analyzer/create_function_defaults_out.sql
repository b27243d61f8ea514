-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE FUNCTION f2(a int, b text DEFAULT 'x', OUT c int) LANGUAGE sql AS $$ SELECT a $$;
-- expected
-- reversible: DROP FUNCTION removes it
--   lock none
-- class: reversible
DROP FUNCTION f2(IN a int, IN b text);
