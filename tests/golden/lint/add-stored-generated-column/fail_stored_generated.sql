-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED;

-- +migrate Down
ALTER TABLE orders DROP COLUMN total_cents;
