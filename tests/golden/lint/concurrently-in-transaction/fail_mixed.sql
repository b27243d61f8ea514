-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE users ADD COLUMN email_lower text;
CREATE INDEX CONCURRENTLY users_email_lower_idx ON users (email_lower);

-- +migrate Down
DROP INDEX CONCURRENTLY users_email_lower_idx;
ALTER TABLE users DROP COLUMN email_lower;
