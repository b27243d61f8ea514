-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000002000000_client.up.sql
-- down: persistence/sql/migrations/20190100000002000000_client.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD client_secret_expires_at INTEGER NOT NULL DEFAULT 0;

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN client_secret_expires_at;
