-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20230313112801000001_support_extend_session_lifespan.postgres.up.sql
-- down: persistence/sql/migrations/20230313112801000001_support_extend_session_lifespan.postgres.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_flow ADD login_extend_session_lifespan BOOLEAN NOT NULL DEFAULT FALSE;

-- +migrate Down
ALTER TABLE hydra_oauth2_flow DROP COLUMN login_extend_session_lifespan;
