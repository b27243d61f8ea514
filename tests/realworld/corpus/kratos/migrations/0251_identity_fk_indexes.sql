-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20220118104539000001_identity_fk_indexes.postgres.up.sql
-- down: persistence/sql/migrations/sql/20220118104539000001_identity_fk_indexes.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_credential_identifiers_nid_identity_credential_id_idx" ON "identity_credential_identifiers" (identity_credential_id, nid);

-- +migrate Down
DROP INDEX "identity_recovery_addresses_nid_identity_id_idx";
