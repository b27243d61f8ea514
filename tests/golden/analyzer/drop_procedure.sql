-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE PROCEDURE bump(n int) LANGUAGE sql AS $$ UPDATE t SET a = a + n $$;
-- up
DROP PROCEDURE bump(int);
-- expected
-- needs-history: recreates function bump from its earlier definition
--   lock none
-- class: needs-history
CREATE PROCEDURE bump(n int) LANGUAGE sql AS $$ UPDATE t SET a = a + n $$;
