-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20251104000000000000_identifiers_devices_identity_id.up.sql
-- down: persistence/sql/migrations/sql/20251104000000000000_identifiers_devices_identity_id.down.sql
-- +migrate Up
ALTER TABLE identity_credential_identifiers ADD COLUMN identity_id UUID NULL;
ALTER TABLE session_devices ADD COLUMN identity_id UUID NULL;

-- +migrate Down
ALTER TABLE identity_credential_identifiers DROP COLUMN identity_id;
ALTER TABLE session_devices DROP COLUMN identity_id;
