-- ory/hydra@83127c5752d907f52dd5f048a734c596c4316477
-- up: persistence/sql/migrations/20250523000001000000_rm_oauth2_trusted_jwt_bearer_issuer_unefficient_uq_idx.postgres.autocommit.up.sql
-- down: persistence/sql/migrations/20250523000001000000_rm_oauth2_trusted_jwt_bearer_issuer_unefficient_uq_idx.postgres.autocommit.down.sql
-- +migrate Up notransaction
DROP INDEX IF EXISTS hydra_oauth2_trusted_jwt_bearer_issuer_issuer_subject_key_id_key;

-- +migrate Down notransaction
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS hydra_oauth2_trusted_jwt_bearer_issuer_issuer_subject_key_id_key ON hydra_oauth2_trusted_jwt_bearer_issuer (issuer ASC, subject ASC, key_id ASC, nid ASC);
