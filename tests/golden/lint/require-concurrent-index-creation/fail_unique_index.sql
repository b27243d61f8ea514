-- +migrate Up
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- +migrate Down
DROP INDEX users_email_key;
