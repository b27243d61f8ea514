CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION accounts_of(p_owner text) RETURNS TABLE (account_id int, balance numeric)
LANGUAGE plpgsql STABLE AS $body$
DECLARE
  note text := $$it's a "quoted" $ string$$;
BEGIN
  RETURN QUERY SELECT a.id, a.balance FROM accounts a WHERE a.owner = p_owner ORDER BY a.id;
  IF NOT FOUND THEN
    RAISE NOTICE 'no accounts for % (%)', p_owner, note;
  END IF;
END;
$body$;
CREATE FUNCTION transfer(p_from int, p_to int, p_amount numeric) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE accounts SET balance = balance - p_amount WHERE id = p_from;
  UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;
EXCEPTION WHEN others THEN
  RAISE EXCEPTION 'transfer failed: %', SQLERRM;
END;
$fn$;
