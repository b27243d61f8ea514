-- +migrate Up notransaction
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY users_email_idx;

-- +migrate Down
SELECT 1;
