-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200810161022000002_flow_rename.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200810161022000002_flow_rename.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_registration_request_methods" RENAME TO "selfservice_registration_flow_methods";

-- +migrate Down
ALTER TABLE "selfservice_recovery_flow_methods" RENAME TO "selfservice_recovery_request_methods";
