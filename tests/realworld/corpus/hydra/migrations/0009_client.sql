-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000008000000_client.postgres.up.sql
-- down: persistence/sql/migrations/20190100000008000000_client.postgres.down.sql
-- +migrate Up
UPDATE hydra_client SET allowed_cors_origins='';
ALTER TABLE hydra_client ALTER COLUMN allowed_cors_origins SET NOT NULL;

-- +migrate Down
ALTER TABLE hydra_client ALTER COLUMN allowed_cors_origins DROP NOT NULL;
