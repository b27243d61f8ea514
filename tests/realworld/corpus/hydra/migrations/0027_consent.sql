-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190300000008000000_consent.postgres.up.sql
-- down: persistence/sql/migrations/20190300000008000000_consent.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_authentication_request_handled ADD context TEXT NOT NULL DEFAULT '{}';
ALTER TABLE hydra_oauth2_consent_request ADD context TEXT NOT NULL DEFAULT '{}';

-- +migrate Down
ALTER TABLE hydra_oauth2_authentication_request_handled DROP COLUMN context;
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN context;
