-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210817181232000002_unique_credentials.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210817181232000002_unique_credentials.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_credential_identifiers" ADD CONSTRAINT "identity_credential_identifiers_type_id_fk_idx" FOREIGN KEY ("identity_credential_type_id") REFERENCES "identity_credential_types" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- +migrate Down
DROP INDEX "identity_credential_identifiers_identifier_nid_type_uq_idx";
