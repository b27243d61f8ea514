-- CREATE INDEX CONCURRENTLY cannot run inside a transaction.
-- +migrate Up notransaction
CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY orders_user_id_idx;
