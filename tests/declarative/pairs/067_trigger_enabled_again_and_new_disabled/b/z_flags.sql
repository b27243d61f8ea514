ALTER TABLE ledger DISABLE TRIGGER ledger_no_truncate;
