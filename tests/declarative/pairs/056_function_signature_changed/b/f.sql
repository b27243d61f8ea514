CREATE FUNCTION fmt_money(amount numeric, currency text DEFAULT 'USD') RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT currency || ' ' || to_char(amount, 'FM999999990.00') $$;
CREATE FUNCTION add_days(d timestamptz, n int) RETURNS timestamptz LANGUAGE sql AS $$ SELECT d + make_interval(days => n) $$;
