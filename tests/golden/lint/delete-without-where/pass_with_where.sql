-- +migrate Up
DELETE FROM sessions WHERE expires_at < now();

-- +migrate Down irreversible
