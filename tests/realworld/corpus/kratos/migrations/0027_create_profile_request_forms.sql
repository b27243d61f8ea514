-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200317160354000001_create_profile_request_forms.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200317160354000001_create_profile_request_forms.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_profile_management_requests" ADD COLUMN "active_method" VARCHAR (32);

-- +migrate Down
DROP TABLE "selfservice_profile_management_request_methods";
