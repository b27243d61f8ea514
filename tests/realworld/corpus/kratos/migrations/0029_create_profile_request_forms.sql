-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200317160354000003_create_profile_request_forms.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200317160354000003_create_profile_request_forms.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_profile_management_requests" DROP COLUMN "form";

-- +migrate Down
UPDATE selfservice_profile_management_requests SET form=(SELECT * FROM (SELECT m.config FROM selfservice_profile_management_requests AS r INNER JOIN selfservice_profile_management_request_methods AS m ON r.id=m.selfservice_profile_management_request_id) as t);
