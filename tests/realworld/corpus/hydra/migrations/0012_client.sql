-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000011000000_client.postgres.up.sql
-- down: persistence/sql/migrations/20190100000011000000_client.postgres.down.sql
-- +migrate Up
UPDATE hydra_client SET audience='';
ALTER TABLE hydra_client ALTER COLUMN audience SET NOT NULL;

-- +migrate Down
ALTER TABLE hydra_client ALTER COLUMN audience DROP NOT NULL;
