-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20260420120000000001_add_nid_subject_idx_to_refresh.autocommit.up.sql
-- down: persistence/sql/migrations/20260420120000000001_add_nid_subject_idx_to_refresh.autocommit.down.sql
-- +migrate Up notransaction
-- Companion to the access-table index; same rationale.
CREATE INDEX CONCURRENTLY IF NOT EXISTS hydra_oauth2_refresh_nid_subject_idx ON hydra_oauth2_refresh (nid ASC, subject ASC, client_id ASC);

-- +migrate Down notransaction
DROP INDEX CONCURRENTLY IF EXISTS hydra_oauth2_refresh_nid_subject_idx;
