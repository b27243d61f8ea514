-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000007000000_errors.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000007000000_errors.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_errors" ADD COLUMN "csrf_token" VARCHAR (255) NOT NULL DEFAULT '';

-- +migrate Down
ALTER TABLE "selfservice_errors" DROP COLUMN "csrf_token";
