-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210913095309000000_identity_recovery_tokens.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210913095309000000_identity_recovery_tokens.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_tokens" ALTER COLUMN "identity_recovery_address_id" TYPE UUID, ALTER COLUMN "identity_recovery_address_id" DROP NOT NULL;

-- +migrate Down
ALTER TABLE "identity_recovery_tokens" DROP COLUMN "identity_id";
