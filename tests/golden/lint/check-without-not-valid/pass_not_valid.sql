-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;

-- +migrate Down
ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
