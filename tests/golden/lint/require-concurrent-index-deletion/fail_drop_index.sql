-- +migrate Up
SET lock_timeout = '5s';
DROP INDEX users_email_idx;

-- +migrate Down
CREATE INDEX users_email_idx ON users (email);
