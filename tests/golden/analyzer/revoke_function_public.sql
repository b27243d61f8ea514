-- history
CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$;
-- up
REVOKE EXECUTE ON FUNCTION add_one(int) FROM PUBLIC;
-- expected
-- unknown: PUBLIC holds EXECUTE/USAGE on functions and types by default, so whether this changes anything depends on earlier REVOKEs; write its Down by hand
--   lock none
-- class: unknown
-- tidemark: PUBLIC holds EXECUTE/USAGE on functions and types by default, so whether this changes anything depends on earlier REVOKEs; write its Down by hand
