-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200810161022000001_flow_rename.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200810161022000001_flow_rename.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_requests" RENAME TO "selfservice_login_flows";

-- +migrate Down
ALTER TABLE "selfservice_recovery_flows" RENAME TO "selfservice_recovery_requests";
