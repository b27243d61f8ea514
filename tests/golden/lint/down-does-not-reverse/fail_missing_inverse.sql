-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN email text;

-- +migrate Down
ALTER TABLE users DROP COLUMN phone;
