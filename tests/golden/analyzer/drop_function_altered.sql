-- history
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
ALTER FUNCTION add_one(int) IMMUTABLE STRICT;
-- up
DROP FUNCTION add_one(int);
-- expected
-- unknown: function add_one was changed by a later ALTER FUNCTION, which tidemark does not replay; its definition is unknown, recreate it by hand
--   lock none
-- class: unknown
-- tidemark: function add_one was changed by a later ALTER FUNCTION, which tidemark does not replay; its definition is unknown, recreate it by hand
