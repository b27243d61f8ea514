-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20201116133000000000_set_null_time.postgres.up.sql
-- down: persistence/sql/migrations/20201116133000000000_set_null_time.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at DROP NOT NULL;
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at DROP DEFAULT;

-- +migrate Down
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at SET DEFAULT NOW();
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at SET NOT NULL;
