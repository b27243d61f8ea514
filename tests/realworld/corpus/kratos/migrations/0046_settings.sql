-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200607165100000000_settings.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200607165100000000_settings.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_settings_requests" ADD COLUMN "state" VARCHAR (255) NOT NULL DEFAULT 'show_form';

-- +migrate Down
ALTER TABLE "selfservice_settings_requests" ADD COLUMN "update_successful" bool NOT NULL DEFAULT 'false';
