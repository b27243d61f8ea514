-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210913095309000004_identity_recovery_tokens.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210913095309000004_identity_recovery_tokens.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_tokens" ADD CONSTRAINT "identity_recovery_tokens_identity_id_fk_idx" FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;
