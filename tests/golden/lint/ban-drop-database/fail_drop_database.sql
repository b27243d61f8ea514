-- +migrate Up notransaction
DROP DATABASE legacy;

-- +migrate Down irreversible
