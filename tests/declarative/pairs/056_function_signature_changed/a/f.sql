CREATE FUNCTION fmt_money(amount numeric) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT '$' || to_char(amount, 'FM999999990.00') $$;
CREATE FUNCTION add_days(d date, n int) RETURNS date LANGUAGE sql AS $$ SELECT d + n $$;
