-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- +migrate Down
ALTER TABLE users DROP CONSTRAINT users_email_key;
