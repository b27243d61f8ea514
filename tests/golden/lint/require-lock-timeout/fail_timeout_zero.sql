-- +migrate Up
SET lock_timeout = 0;
ALTER TABLE users ADD COLUMN phone text;

-- +migrate Down
ALTER TABLE users DROP COLUMN phone;
