-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200607165100000001_settings.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200607165100000001_settings.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_settings_requests" DROP COLUMN "update_successful";

-- +migrate Down
ALTER TABLE "selfservice_settings_requests" DROP COLUMN "state";
