-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20191100000012000000_login_request_forced.postgres.up.sql
-- down: persistence/sql/migrations/sql/20191100000012000000_login_request_forced.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_requests" ADD COLUMN "forced" bool NOT NULL DEFAULT 'false';

-- +migrate Down
ALTER TABLE "selfservice_login_requests" DROP COLUMN "forced";
