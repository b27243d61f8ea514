-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN handle text UNIQUE;

-- +migrate Down
ALTER TABLE users DROP COLUMN handle;
