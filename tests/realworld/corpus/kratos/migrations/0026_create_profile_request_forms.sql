-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200317160354000000_create_profile_request_forms.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200317160354000000_create_profile_request_forms.postgres.down.sql
-- +migrate Up
CREATE TABLE "selfservice_profile_management_request_methods" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"method" VARCHAR (32) NOT NULL,
"selfservice_profile_management_request_id" UUID NOT NULL,
"config" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- +migrate Down
ALTER TABLE "selfservice_profile_management_requests" DROP COLUMN "active_method";
