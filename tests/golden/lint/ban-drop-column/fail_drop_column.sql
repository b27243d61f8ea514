-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users DROP COLUMN phone;

-- +migrate Down
ALTER TABLE users ADD COLUMN phone text;
