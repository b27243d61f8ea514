CREATE TABLE transfers (id int PRIMARY KEY, from_acct int NOT NULL, to_acct int NOT NULL, amount numeric NOT NULL);
CREATE FUNCTION check_transfer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.from_acct = NEW.to_acct THEN
    RAISE EXCEPTION 'transfer to self';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER transfers_check AFTER INSERT OR UPDATE ON transfers
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION check_transfer();
