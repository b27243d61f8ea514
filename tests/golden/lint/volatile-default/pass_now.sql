-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- +migrate Down
ALTER TABLE users DROP COLUMN created_at;
