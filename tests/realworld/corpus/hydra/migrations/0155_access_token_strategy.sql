-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20230220000000000000_access_token_strategy.up.sql
-- down: persistence/sql/migrations/20230220000000000000_access_token_strategy.down.sql
-- +migrate Up
ALTER TABLE hydra_client ADD COLUMN access_token_strategy VARCHAR(10) NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE hydra_client DROP COLUMN access_token_strategy;
