-- +migrate Up
REINDEX INDEX users_email_idx;

-- +migrate Down irreversible
