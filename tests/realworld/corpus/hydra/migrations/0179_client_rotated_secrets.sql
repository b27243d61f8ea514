-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20260122110909000000_client_rotated_secrets.up.sql
-- down: persistence/sql/migrations/20260122110909000000_client_rotated_secrets.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD rotated_secrets JSONB NULL;

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN rotated_secrets;
