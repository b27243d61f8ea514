-- +migrate Up
DELETE FROM sessions;

-- +migrate Down irreversible
