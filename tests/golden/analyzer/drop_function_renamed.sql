-- history
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x * 2 $$;
ALTER FUNCTION f(int) RENAME TO g;
-- up
DROP FUNCTION g(int);
-- expected
-- needs-history: recreates function g from its earlier definition
--   lock none
-- class: needs-history
CREATE FUNCTION g(x int) RETURNS int LANGUAGE sql AS $$ SELECT x * 2 $$;
