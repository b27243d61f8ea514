-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200810141652000004_flow_type.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200810141652000004_flow_type.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_verification_requests" ADD COLUMN "type" VARCHAR (16) NOT NULL DEFAULT 'browser';

-- +migrate Down
ALTER TABLE "selfservice_login_requests" DROP COLUMN "type";
