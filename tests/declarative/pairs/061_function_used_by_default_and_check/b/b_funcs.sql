CREATE FUNCTION new_coupon_code() RETURNS text LANGUAGE sql VOLATILE
  AS $$ SELECT upper(substr(md5(random()::text), 1, 8)) $$;
CREATE FUNCTION valid_pct(p int) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT p BETWEEN 1 AND 100 $$;
