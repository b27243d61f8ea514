-- history
CREATE SCHEMA app;
CREATE FUNCTION app.f(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(x) $$;
-- up
DROP FUNCTION app.f(text);
-- expected
-- needs-history: recreates function f from its earlier definition
--   lock none
-- class: needs-history
CREATE FUNCTION app.f(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(x) $$;
