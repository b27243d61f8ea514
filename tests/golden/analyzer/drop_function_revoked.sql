-- history
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
REVOKE EXECUTE ON FUNCTION add_one(int) FROM PUBLIC;
-- up
DROP FUNCTION add_one(int);
-- expected
-- unknown: recreates function add_one from its earlier definition (but earlier migrations granted or revoked privileges on function add_one, which tidemark does not track; write their GRANTs into the Down by hand)
--   lock none
-- class: unknown
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
-- tidemark: earlier migrations granted or revoked privileges on function add_one, which tidemark does not track; write their GRANTs into the Down by hand
