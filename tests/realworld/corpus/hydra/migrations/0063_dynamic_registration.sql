-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20211226156000000000_dynamic_registration.up.sql
-- down: persistence/sql/migrations/20211226156000000000_dynamic_registration.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD COLUMN registration_access_token_signature VARCHAR(128) NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN registration_access_token_signature;
