-- +migrate Up
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ecstatic';

-- +migrate Down irreversible
