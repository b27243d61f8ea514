-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20260325111700000000_flow_login_session_id_subject_idx.postgres.autocommit.up.sql
-- down: persistence/sql/migrations/20260325111700000000_flow_login_session_id_subject_idx.postgres.autocommit.down.sql
-- +migrate Up notransaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS hydra_oauth2_flow_login_session_subject_idx ON hydra_oauth2_flow (nid, login_session_id, subject) INCLUDE (client_id) WHERE login_session_id IS NOT NULL;

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY IF EXISTS hydra_oauth2_flow_login_session_subject_idx;
