-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE PROCEDURE bump(n int) LANGUAGE sql AS $$ UPDATE t SET a = a + n $$;
-- expected
-- reversible: DROP PROCEDURE removes it
--   lock none
-- class: reversible
DROP PROCEDURE bump(IN n int);
