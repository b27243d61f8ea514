-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190300000014000000_consent.up.sql
-- down: persistence/sql/migrations/20190300000014000000_consent.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_consent_request_handled ADD handled_at timestamp NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_consent_request_handled DROP COLUMN handled_at;
