-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20241014121000000000_add_refresh_token_in_grace_period_flag.up.sql
-- down: persistence/sql/migrations/20241014121000000000_add_refresh_token_in_grace_period_flag.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_refresh ADD first_used_at TIMESTAMP DEFAULT NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_refresh DROP COLUMN first_used_at;
