-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210311102338000021_form_refactoring.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210311102338000021_form_refactoring.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "messages";
