-- +migrate Up
ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';

-- +migrate Down irreversible
