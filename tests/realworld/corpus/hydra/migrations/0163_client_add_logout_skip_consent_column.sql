-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20240129174410000001_client_add_logout_skip_consent_column.up.sql
-- down: persistence/sql/migrations/20240129174410000001_client_add_logout_skip_consent_column.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD COLUMN skip_logout_consent BOOLEAN NULL;

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN skip_logout_consent;
