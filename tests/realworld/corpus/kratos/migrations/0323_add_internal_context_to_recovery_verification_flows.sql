-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20260506000000000000_add_internal_context_to_recovery_verification_flows.postgres.up.sql
-- down: persistence/sql/migrations/sql/20260506000000000000_add_internal_context_to_recovery_verification_flows.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN IF NOT EXISTS "internal_context" jsonb;
ALTER TABLE "selfservice_verification_flows" ADD COLUMN IF NOT EXISTS "internal_context" jsonb;

-- +migrate Down
ALTER TABLE "selfservice_recovery_flows" DROP COLUMN IF EXISTS "internal_context";
ALTER TABLE "selfservice_verification_flows" DROP COLUMN IF EXISTS "internal_context";
