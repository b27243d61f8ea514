-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20241129111700000000_add_refresh_token_access_token_link.up.sql
-- down: persistence/sql/migrations/20241129111700000000_add_refresh_token_access_token_link.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_refresh ADD COLUMN access_token_signature VARCHAR(255) DEFAULT NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_refresh DROP COLUMN access_token_signature;
