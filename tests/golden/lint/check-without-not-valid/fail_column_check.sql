-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN discount int CHECK (discount >= 0);

-- +migrate Down
ALTER TABLE orders DROP COLUMN discount;
