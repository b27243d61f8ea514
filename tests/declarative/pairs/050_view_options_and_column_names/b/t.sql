CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE VIEW positive_accounts (account_id, account_owner, account_balance)
  WITH (security_barrier = true) AS
  SELECT id, owner, balance FROM accounts WHERE balance > 0
  WITH CASCADED CHECK OPTION;
CREATE VIEW owner_names WITH (security_invoker = true) AS SELECT DISTINCT owner FROM accounts;
