-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200830154602000004_add_verification_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200830154602000004_add_verification_token.postgres.down.sql
-- +migrate Up
CREATE INDEX "identity_verification_tokens_verification_flow_id_idx" ON "identity_verification_tokens" (selfservice_verification_flow_id);
