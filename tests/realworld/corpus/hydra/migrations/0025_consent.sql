-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190300000006000000_consent.postgres.up.sql
-- down: persistence/sql/migrations/20190300000006000000_consent.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_consent_request ADD acr TEXT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN acr;
