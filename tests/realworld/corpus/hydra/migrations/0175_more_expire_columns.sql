-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20250610132310000001_more_expire_columns.up.sql
-- down: persistence/sql/migrations/20250610132310000001_more_expire_columns.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_authentication_session ADD COLUMN expires_at TIMESTAMP NULL;

-- +migrate Down
ALTER TABLE hydra_oauth2_authentication_session DROP COLUMN expires_at;
