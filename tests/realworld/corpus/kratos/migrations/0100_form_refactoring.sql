-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210311102338000001_form_refactoring.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210311102338000001_form_refactoring.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flows" DROP COLUMN "messages";

-- +migrate Down
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "ui";
