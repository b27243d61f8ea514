-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN phone text;

-- +migrate Down
ALTER TABLE users DROP COLUMN phone;
DROP TABLE orders;
