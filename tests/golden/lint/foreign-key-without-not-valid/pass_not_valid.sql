-- +migrate Up
SET lock_timeout = '5s';
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

-- +migrate Down
ALTER TABLE orders DROP CONSTRAINT orders_user_fk;
