CREATE TABLE ledger (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger FOR EACH ROW EXECUTE FUNCTION forbid();
ALTER TABLE ledger DISABLE TRIGGER ledger_no_delete;
