CREATE TABLE accounts (id int PRIMARY KEY, name text);
CREATE TABLE entries (
  id int PRIMARY KEY,
  account_id int NOT NULL REFERENCES accounts (id),
  amount numeric(10,2) NOT NULL CHECK (amount <> 0)
);
CREATE INDEX entries_account_idx ON entries (account_id) WHERE amount > 0;
