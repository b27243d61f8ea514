-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE PROCEDURE bump2(n int) LANGUAGE sql BEGIN ATOMIC UPDATE t SET a = a + n; END;
-- expected
-- reversible: DROP PROCEDURE removes it
--   lock none
-- class: reversible
DROP PROCEDURE bump2(IN n int);
