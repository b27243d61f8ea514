-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN score float8 DEFAULT random();

-- +migrate Down
ALTER TABLE users DROP COLUMN score;
