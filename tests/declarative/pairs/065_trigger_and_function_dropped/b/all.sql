CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE account_history (account_id int NOT NULL, balance numeric NOT NULL, at timestamptz NOT NULL DEFAULT now());
