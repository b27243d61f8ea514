-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210913095309000003_identity_recovery_tokens.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210913095309000003_identity_recovery_tokens.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_tokens" ALTER COLUMN "identity_id" TYPE UUID, ALTER COLUMN "identity_id" SET NOT NULL;

-- +migrate Down
DELETE FROM identity_recovery_tokens WHERE identity_recovery_address_id IS NULL;
