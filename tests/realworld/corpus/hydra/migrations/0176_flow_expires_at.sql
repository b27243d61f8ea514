-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20251030112809000000_flow_expires_at.postgres.up.sql
-- down: persistence/sql/migrations/20251030112809000000_flow_expires_at.down.sql
-- +migrate Up
ALTER TABLE hydra_oauth2_flow
  ADD COLUMN IF NOT EXISTS expires_at TIMESTAMP
    GENERATED ALWAYS AS (CASE WHEN consent_remember_for > 0 THEN requested_at + (consent_remember_for * INTERVAL '1 second') END) STORED; -- postgres supports virtual columns only with version 18+, so we have to use a stored column instead

-- +migrate Down
ALTER TABLE hydra_oauth2_flow
    DROP COLUMN expires_at;
