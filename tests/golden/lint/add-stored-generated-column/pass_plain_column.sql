-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN total_cents bigint;

-- +migrate Down
ALTER TABLE orders DROP COLUMN total_cents;
