-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210311102338000004_form_refactoring.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210311102338000004_form_refactoring.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flows" ALTER COLUMN "ui" TYPE jsonb, ALTER COLUMN "ui" DROP NOT NULL;

-- +migrate Down
ALTER TABLE "selfservice_recovery_flows" DROP COLUMN "ui";
