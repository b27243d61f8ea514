-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ALTER COLUMN name TYPE text;

-- +migrate Down
ALTER TABLE users ALTER COLUMN name TYPE varchar(200);
