-- history
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
COMMENT ON FUNCTION add_one(int) IS 'adds one';
-- up
DROP FUNCTION add_one(int);
-- expected
-- needs-history: recreates function add_one from its earlier definition
--   lock none
-- class: needs-history
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
COMMENT ON FUNCTION add_one(int) IS 'adds one';
