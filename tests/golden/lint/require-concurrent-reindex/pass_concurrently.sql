-- +migrate Up notransaction
REINDEX INDEX CONCURRENTLY users_email_idx;

-- +migrate Down irreversible
