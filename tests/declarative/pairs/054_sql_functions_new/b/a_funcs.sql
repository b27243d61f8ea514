CREATE FUNCTION cents_to_dollars(c int) RETURNS numeric
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT round(c / 100.0, 2) $$;
CREATE FUNCTION price_of(p_sku text) RETURNS numeric
  LANGUAGE sql STABLE
  AS $$ SELECT cents_to_dollars(cents) FROM prices WHERE sku = p_sku $$;
CREATE FUNCTION all_prices() RETURNS TABLE (sku text, dollars numeric)
  LANGUAGE sql STABLE
  BEGIN ATOMIC
    SELECT sku, round(cents / 100.0, 2) FROM prices ORDER BY sku;
  END;
