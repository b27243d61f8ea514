-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;

-- +migrate Down
ALTER TABLE events DROP COLUMN id;
