CREATE TABLE prices (sku text PRIMARY KEY, amount numeric NOT NULL);
CREATE TABLE price_changes (sku text NOT NULL, old_amount numeric, new_amount numeric, at timestamptz DEFAULT now());
CREATE FUNCTION log_price_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO price_changes (sku, old_amount, new_amount) VALUES (NEW.sku, OLD.amount, NEW.amount);
  RETURN NEW;
END;
$$;
CREATE TRIGGER prices_log AFTER UPDATE ON prices
  FOR EACH ROW WHEN (OLD.amount IS DISTINCT FROM NEW.amount)
  EXECUTE FUNCTION log_price_change();
