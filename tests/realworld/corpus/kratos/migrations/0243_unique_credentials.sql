-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210817181232000005_unique_credentials.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210817181232000005_unique_credentials.postgres.down.sql
-- +migrate Up
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_nid_type_uq_idx" ON "identity_credential_identifiers" (nid, identity_credential_type_id, identifier);
