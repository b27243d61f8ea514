-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20230809122501000001_add_kratos_session_id.up.sql
-- down: persistence/sql/migrations/20230809122501000001_add_kratos_session_id.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_flow ADD COLUMN identity_provider_session_id VARCHAR(40);
ALTER TABLE hydra_oauth2_authentication_session ADD COLUMN identity_provider_session_id VARCHAR(40);

-- +migrate Down
ALTER TABLE hydra_oauth2_flow DROP COLUMN identity_provider_session_id;
ALTER TABLE hydra_oauth2_authentication_session DROP COLUMN identity_provider_session_id;
