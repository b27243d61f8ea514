CREATE SCHEMA v2;
CREATE FUNCTION price(amount int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount / 100.0 $$;
CREATE FUNCTION v2.price(amount int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(amount / 100.0, 2) $$;
COMMENT ON FUNCTION v2.price(int) IS 'Rounded';
