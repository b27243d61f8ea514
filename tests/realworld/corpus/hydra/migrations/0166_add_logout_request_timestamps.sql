-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20240916105610000001_add_logout_request_timestamps.up.sql
-- down: persistence/sql/migrations/20240916105610000001_add_logout_request_timestamps.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_logout_request ADD expires_at timestamp NULL;
ALTER TABLE hydra_oauth2_logout_request ADD requested_at timestamp NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_logout_request DROP expires_at;
ALTER TABLE hydra_oauth2_logout_request DROP requested_at;
