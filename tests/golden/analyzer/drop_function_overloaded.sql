-- history
CREATE FUNCTION area(r float8) RETURNS float8 LANGUAGE sql AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w float8, h float8) RETURNS float8 LANGUAGE sql AS $$ SELECT w * h $$;
-- up
DROP FUNCTION area(float8, float8);
-- expected
-- needs-history: recreates function area from its earlier definition
--   lock none
-- class: needs-history
CREATE FUNCTION area(w float8, h float8) RETURNS float8 LANGUAGE sql AS $$ SELECT w * h $$;
