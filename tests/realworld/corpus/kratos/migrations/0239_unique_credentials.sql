-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210817181232000001_unique_credentials.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210817181232000001_unique_credentials.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_credential_identifiers" ADD COLUMN "identity_credential_type_id" UUID;

-- +migrate Down
ALTER TABLE "identity_credential_identifiers" DROP COLUMN "identity_credential_type_id";
