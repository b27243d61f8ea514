-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200402142539000002_rename_profile_flows.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200402142539000002_rename_profile_flows.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_profile_management_requests" RENAME TO "selfservice_settings_requests";

-- +migrate Down
ALTER TABLE "selfservice_settings_request_methods" RENAME COLUMN "selfservice_settings_request_id" TO "selfservice_profile_management_request_id";
