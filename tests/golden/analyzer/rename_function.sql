-- history
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
-- up
ALTER FUNCTION add_one(int) RENAME TO plus_one;
-- expected
-- reversible: renames the function back
--   lock none
-- class: reversible
ALTER FUNCTION plus_one(int) RENAME TO add_one;
