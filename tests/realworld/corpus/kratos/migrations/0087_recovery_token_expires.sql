-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200830172221000000_recovery_token_expires.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200830172221000000_recovery_token_expires.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_tokens" ADD COLUMN "expires_at" timestamp NOT NULL DEFAULT '2000-01-01 00:00:00';

-- +migrate Down
ALTER TABLE "identity_recovery_tokens" DROP COLUMN "issued_at";
