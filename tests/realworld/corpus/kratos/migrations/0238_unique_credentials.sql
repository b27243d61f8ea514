-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210817181232000000_unique_credentials.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210817181232000000_unique_credentials.postgres.down.sql
-- +migrate Up
DROP INDEX "identity_credential_identifiers_identifier_nid_uq_idx";

-- +migrate Down
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_nid_uq_idx" ON "identity_credential_identifiers" (nid, identifier);
