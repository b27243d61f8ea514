CREATE TABLE wallets (id int PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION wallets_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative balance'; END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER wallets_guard BEFORE UPDATE ON wallets FOR EACH ROW EXECUTE FUNCTION wallets_guard();
ALTER TABLE wallets ENABLE ROW LEVEL SECURITY;
CREATE POLICY wallets_owner ON wallets USING (owner = current_user);
COMMENT ON TRIGGER wallets_guard ON wallets IS 'old text';
