-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20241609000001000001_device_flow.postgres.autocommit.up.sql
-- down: persistence/sql/migrations/20241609000001000001_device_flow.postgres.autocommit.down.sql
-- +migrate Up notransaction
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS hydra_oauth2_flow_device_challenge_idx ON hydra_oauth2_flow (device_challenge_id);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY IF EXISTS hydra_oauth2_flow_device_challenge_idx;
