CREATE TABLE accounts (id bigint PRIMARY KEY, name text);
CREATE TABLE entries (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  amount numeric(14,2) NOT NULL CHECK (amount <> 0)
);
CREATE INDEX entries_account_idx ON entries (account_id) WHERE amount > 0;
