-- history
CREATE TABLE parent (id bigint PRIMARY KEY, name text);
CREATE TABLE t (id bigint PRIMARY KEY, a int, b text, c varchar(10), pid bigint);
-- up
CREATE OR REPLACE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
-- expected
-- conditional: DROP FUNCTION undoes it, assuming add_one did not exist before (no earlier migration creates it)
--   lock none
-- class: conditional
DROP FUNCTION add_one(IN x int);
