-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200830121710000000_update_recovery_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200830121710000000_update_recovery_token.postgres.down.sql
-- +migrate Up
ALTER TABLE "identity_recovery_tokens" RENAME COLUMN "selfservice_recovery_request_id" TO "selfservice_recovery_flow_id";

-- +migrate Down
ALTER TABLE "identity_recovery_tokens" RENAME COLUMN "selfservice_recovery_flow_id" TO "selfservice_recovery_request_id";
