CREATE TABLE prices (id int PRIMARY KEY, amount numeric(12,2) NOT NULL, changed_at timestamptz);
CREATE FUNCTION prices_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.changed_at := now(); RETURN NEW; END $$;
CREATE TRIGGER prices_changed BEFORE UPDATE OF amount ON prices
  FOR EACH ROW WHEN (OLD.amount IS DISTINCT FROM NEW.amount) EXECUTE FUNCTION prices_changed();
