-- +migrate Up
UPDATE users SET active = true;

-- +migrate Down irreversible
