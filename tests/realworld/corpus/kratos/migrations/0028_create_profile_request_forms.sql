-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200317160354000002_create_profile_request_forms.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200317160354000002_create_profile_request_forms.postgres.down.sql
-- +migrate Up
INSERT INTO selfservice_profile_management_request_methods (id, method, selfservice_profile_management_request_id, config) SELECT id, 'traits', id, form FROM selfservice_profile_management_requests;

-- +migrate Down
ALTER TABLE "selfservice_profile_management_requests" ALTER COLUMN "form" TYPE jsonb, ALTER COLUMN "form" DROP NOT NULL;
