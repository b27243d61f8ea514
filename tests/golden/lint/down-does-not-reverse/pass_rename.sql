-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users RENAME COLUMN mail TO email;

-- +migrate Down
ALTER TABLE users RENAME COLUMN email TO mail;
