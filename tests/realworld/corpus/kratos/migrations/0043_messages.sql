-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200605111551000000_messages.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200605111551000000_messages.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_verification_requests" ADD COLUMN "messages" jsonb;

-- +migrate Down
ALTER TABLE "selfservice_registration_requests" DROP COLUMN "messages";
