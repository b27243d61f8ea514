-- +migrate Up
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE INDEX accounts_id_idx ON accounts (id);
ALTER TABLE accounts ADD COLUMN owner text;

-- +migrate Down
DROP TABLE accounts;
