CREATE TABLE accounts (
  id integer PRIMARY KEY,
  name varchar(50) NOT NULL,
  balance numeric(10,2) NOT NULL DEFAULT 0,
  note varchar(100),
  ratio real,
  visits smallint DEFAULT 0
);
CREATE INDEX accounts_name_idx ON accounts (name);
