-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20200527215731000000_client.up.sql
-- down: persistence/sql/migrations/20200527215731000000_client.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD token_endpoint_auth_signing_alg VARCHAR(10) NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN token_endpoint_auth_signing_alg;
