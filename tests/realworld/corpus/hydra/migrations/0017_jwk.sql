-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190200000002000000_jwk.up.sql
-- down: persistence/sql/migrations/20190200000002000000_jwk.down.sql
-- +migrate Up
ALTER TABLE hydra_jwk ADD created_at TIMESTAMP NOT NULL DEFAULT NOW();

-- +migrate Down
ALTER TABLE hydra_jwk DROP COLUMN created_at;
