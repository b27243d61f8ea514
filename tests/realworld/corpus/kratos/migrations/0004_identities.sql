-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000001000002_identities.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000001000002_identities.postgres.down.sql
-- +migrate Up
CREATE UNIQUE INDEX "identity_credential_types_name_idx" ON "identity_credential_types" (name);

-- +migrate Down
DROP TABLE "identity_credentials";
