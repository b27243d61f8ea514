-- +migrate Up
REINDEX TABLE users;

-- +migrate Down irreversible
