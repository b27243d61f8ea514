-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;

-- +migrate Down
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
