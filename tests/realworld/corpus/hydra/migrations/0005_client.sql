-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000004000000_client.postgres.up.sql
-- down: persistence/sql/migrations/20190100000004000000_client.postgres.down.sql
-- +migrate Up
UPDATE hydra_client SET sector_identifier_uri='', jwks='', jwks_uri='', request_uris='';
ALTER TABLE hydra_client ALTER COLUMN sector_identifier_uri SET NOT NULL;
ALTER TABLE hydra_client ALTER COLUMN jwks SET NOT NULL;
ALTER TABLE hydra_client ALTER COLUMN jwks_uri SET NOT NULL;
ALTER TABLE hydra_client ALTER COLUMN request_uris SET NOT NULL;

-- +migrate Down
ALTER TABLE hydra_client ALTER COLUMN sector_identifier_uri DROP NOT NULL;
ALTER TABLE hydra_client ALTER COLUMN jwks DROP NOT NULL;
ALTER TABLE hydra_client ALTER COLUMN jwks_uri DROP NOT NULL;
ALTER TABLE hydra_client ALTER COLUMN request_uris DROP NOT NULL;
