-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
CREATE PROCEDURE bump(n int) LANGUAGE sql AS $$ UPDATE t SET a = a + n $$;
-- up
CALL bump(1);
-- expected
-- unknown: CALL runs a procedure whose effects tidemark cannot see; write its Down by hand
--   lock none
-- class: unknown
-- tidemark: CALL runs a procedure whose effects tidemark cannot see; write its Down by hand
