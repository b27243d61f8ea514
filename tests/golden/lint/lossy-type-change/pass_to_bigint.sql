-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN visits TYPE bigint;

-- +migrate Down
ALTER TABLE users ALTER COLUMN visits TYPE integer;
