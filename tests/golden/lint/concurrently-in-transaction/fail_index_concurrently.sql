-- +migrate Up
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY users_email_idx;
