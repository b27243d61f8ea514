-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000014000000_client.postgres.up.sql
-- down: persistence/sql/migrations/20190100000014000000_client.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD metadata TEXT NULL;

UPDATE hydra_client SET metadata='{}';

ALTER TABLE hydra_client ALTER COLUMN metadata SET NOT NULL;

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN metadata;
