CREATE FUNCTION days_between(a date, b date) RETURNS SETOF date LANGUAGE sql IMMUTABLE
  AS $$ SELECT generate_series(a, b, interval '1 day')::date $$;
CREATE FUNCTION split_name(full_name text, OUT first text, OUT last text) LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  first := split_part(full_name, ' ', 1);
  last := split_part(full_name, ' ', 2);
END;
$$;
