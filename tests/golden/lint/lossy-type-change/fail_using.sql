-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN code TYPE integer USING code::integer;

-- +migrate Down
ALTER TABLE orders ALTER COLUMN code TYPE text;
