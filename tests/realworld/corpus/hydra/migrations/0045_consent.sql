-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20200521071434000000_consent.postgres.up.sql
-- down: persistence/sql/migrations/20200521071434000000_consent.postgres.down.sql
-- +migrate Up
CREATE INDEX hydra_oauth2_consent_request_client_id_subject_idx ON hydra_oauth2_consent_request (client_id, subject);

-- +migrate Down
DROP INDEX hydra_oauth2_consent_request_client_id_subject_idx;
