-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;

-- +migrate Down
ALTER TABLE users DROP COLUMN active;
