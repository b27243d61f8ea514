-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210311102338000013_form_refactoring.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210311102338000013_form_refactoring.postgres.down.sql
-- +migrate Up
UPDATE selfservice_settings_flows SET ui='{}';

-- +migrate Down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "ui";
