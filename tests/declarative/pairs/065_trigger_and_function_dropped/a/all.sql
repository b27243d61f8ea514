CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE account_history (account_id int NOT NULL, balance numeric NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION record_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO account_history (account_id, balance) VALUES (NEW.id, NEW.balance);
  RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_history AFTER INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION record_balance();
