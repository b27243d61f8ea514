-- +migrate Up notransactions
CREATE INDEX CONCURRENTLY t_idx ON t (a);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY t_idx;
