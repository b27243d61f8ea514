-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN seq bigint;

-- +migrate Down
ALTER TABLE events DROP COLUMN seq;
