-- +migrate Up
ALTER TYPE mood ADD VALUE 'ecstatic';

-- +migrate Down irreversible
-- tidemark: PostgreSQL cannot remove a value from an enum
