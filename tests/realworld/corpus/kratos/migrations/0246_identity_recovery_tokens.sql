-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210913095309000001_identity_recovery_tokens.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210913095309000001_identity_recovery_tokens.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_tokens" ADD COLUMN "identity_id" UUID;

-- +migrate Down
ALTER TABLE "identity_recovery_tokens" DROP CONSTRAINT "identity_recovery_tokens_identity_id_fk_idx";
