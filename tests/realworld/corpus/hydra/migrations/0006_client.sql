-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20190100000005000000_client.up.sql
-- down: persistence/sql/migrations/20190100000005000000_client.down.sql
-- +migrate Up
UPDATE hydra_client SET token_endpoint_auth_method='none' WHERE public=TRUE;
ALTER TABLE hydra_client DROP COLUMN public;

-- +migrate Down
ALTER TABLE hydra_client ADD public BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE hydra_client SET public=TRUE WHERE token_endpoint_auth_method='none';
