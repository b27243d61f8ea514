-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220118104539000000_identity_fk_indexes.postgres.up.sql
-- down: persistence/sql/migrations/sql/20220118104539000000_identity_fk_indexes.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_credentials_nid_identity_id_idx" ON "identity_credentials" (identity_id, nid);

-- +migrate Down
DROP INDEX "identity_verifiable_addresses_nid_identity_id_idx";
