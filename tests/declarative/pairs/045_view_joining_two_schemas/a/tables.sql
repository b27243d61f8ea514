CREATE SCHEMA billing;
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE TABLE billing.invoices (id int PRIMARY KEY, user_id int NOT NULL REFERENCES users (id), amount numeric(10,2) NOT NULL);
