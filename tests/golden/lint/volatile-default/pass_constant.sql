-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN tags text[] NOT NULL DEFAULT '{}'::text[];

-- +migrate Down
ALTER TABLE users DROP COLUMN tags;
