CREATE TABLE transfers (id int PRIMARY KEY, from_acct int NOT NULL, to_acct int NOT NULL, amount numeric NOT NULL);
