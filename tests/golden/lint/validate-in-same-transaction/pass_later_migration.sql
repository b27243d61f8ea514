-- +migrate Up
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;

-- +migrate Down
SELECT 1;
