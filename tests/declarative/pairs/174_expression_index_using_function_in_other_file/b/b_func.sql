CREATE FUNCTION digits_only(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT regexp_replace(t, '[^0-9]', '', 'g') $$;
