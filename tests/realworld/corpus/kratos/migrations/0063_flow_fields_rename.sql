-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200810162450000000_flow_fields_rename.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200810162450000000_flow_fields_rename.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flow_methods" RENAME COLUMN "selfservice_login_request_id" TO "selfservice_login_flow_id";

-- +migrate Down
ALTER TABLE "selfservice_recovery_flow_methods" RENAME COLUMN "selfservice_recovery_flow_id" TO "selfservice_recovery_request_id";
