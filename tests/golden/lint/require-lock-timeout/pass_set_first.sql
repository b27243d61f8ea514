-- +migrate Up
SET LOCAL lock_timeout = '3s';
ALTER TABLE users ADD COLUMN phone text;

-- +migrate Down
ALTER TABLE users DROP COLUMN phone;
