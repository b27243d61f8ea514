-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20210928155900000000_support_amr_claim.postgres.up.sql
-- down: persistence/sql/migrations/20210928155900000000_support_amr_claim.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_consent_request ADD COLUMN amr TEXT NOT NULL DEFAULT '';
ALTER TABLE hydra_oauth2_authentication_request_handled ADD COLUMN amr TEXT NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN amr;
ALTER TABLE hydra_oauth2_authentication_request_handled DROP COLUMN amr;
