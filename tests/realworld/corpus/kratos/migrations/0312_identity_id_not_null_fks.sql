-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20251105000000000003_identity_id_not_null_fks.postgres.up.sql
-- down: persistence/sql/migrations/sql/20251105000000000003_identity_id_not_null_fks.down.sql
-- +migrate Up
ALTER TABLE identity_credential_identifiers
    ALTER identity_id SET NOT NULL,
    ADD CONSTRAINT "identity_credential_identifiers_identities_id_fk" FOREIGN KEY (identity_id) REFERENCES identities (id) ON UPDATE RESTRICT ON DELETE CASCADE;


ALTER TABLE session_devices
    ALTER identity_id SET NOT NULL,
    ADD CONSTRAINT "session_devices_identities_id_fk" FOREIGN KEY (identity_id) REFERENCES identities (id) ON UPDATE RESTRICT ON DELETE CASCADE;

-- +migrate Down
ALTER TABLE identity_credential_identifiers
    DROP CONSTRAINT identity_credential_identifiers_identities_id_fk,
    ALTER identity_id DROP NOT NULL;

ALTER TABLE session_devices
    DROP CONSTRAINT session_devices_identities_id_fk,
    ALTER identity_id DROP NOT NULL;
