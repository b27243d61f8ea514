-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN total_cents SET EXPRESSION AS (total * 100);

-- +migrate Down irreversible
