-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20200527215732000000_client.up.sql
-- down: persistence/sql/migrations/20200527215732000000_client.down.sql
-- +migrate Up
-- complement for migration 20200527215731_client.up
-- due to cockroach being unable to handle a scheme modification and update statement in a single migration transaction
UPDATE hydra_client SET token_endpoint_auth_signing_alg = 'RS256' WHERE token_endpoint_auth_method = 'private_key_jwt';
