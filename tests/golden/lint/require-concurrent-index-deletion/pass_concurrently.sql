-- +migrate Up notransaction
DROP INDEX CONCURRENTLY users_email_idx;

-- +migrate Down notransaction
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
