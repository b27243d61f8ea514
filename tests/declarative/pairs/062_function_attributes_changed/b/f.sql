CREATE SCHEMA util;
CREATE FUNCTION util.slugify(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(lower(t), '[^a-z0-9]+', '-', 'g') $$;
CREATE FUNCTION util.now_utc() RETURNS timestamp LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$ SELECT now() AT TIME ZONE 'UTC' $$;
