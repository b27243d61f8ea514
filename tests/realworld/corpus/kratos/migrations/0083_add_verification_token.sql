-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200830154602000001_add_verification_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200830154602000001_add_verification_token.postgres.down.sql
-- +migrate Up
CREATE UNIQUE INDEX "identity_verification_tokens_token_uq_idx" ON "identity_verification_tokens" (token);
