CREATE FUNCTION safe_div(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a / nullif(b, 0) $$;
