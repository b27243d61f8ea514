-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190300000012000000_consent.postgres.up.sql
-- down: persistence/sql/migrations/20190300000012000000_consent.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_logout_request ALTER COLUMN client_id DROP NOT NULL;

-- +migrate Down
DELETE FROM hydra_oauth2_logout_request WHERE client_id IS NULL;
ALTER TABLE hydra_oauth2_logout_request ALTER COLUMN client_id SET NOT NULL;
