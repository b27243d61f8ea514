-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE customers RENAME TO clients;

-- +migrate Down
ALTER TABLE clients RENAME TO customers;
