-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20251105000000000004_identity_id_not_null_fks.postgres.up.sql
-- down: persistence/sql/migrations/sql/20251105000000000004_identity_id_not_null_fks.postgres.down.sql
-- +migrate Up
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_identities_id_fk_idx ON identity_credential_identifiers (identity_id);
CREATE INDEX IF NOT EXISTS session_devices_identities_id_fk_idx ON session_devices (identity_id);

-- +migrate Down
DROP INDEX IF EXISTS identity_credential_identifiers_identities_id_fk_idx;  
DROP INDEX IF EXISTS session_devices_identities_id_fk_idx;
