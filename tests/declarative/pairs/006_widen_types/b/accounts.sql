CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  name varchar(200) NOT NULL,
  balance numeric(14,2) NOT NULL DEFAULT 0,
  note text,
  ratio double precision,
  visits integer DEFAULT 0
);
CREATE INDEX accounts_name_idx ON accounts (name);
