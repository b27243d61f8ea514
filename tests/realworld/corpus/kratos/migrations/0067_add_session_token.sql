-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200812124254000000_add_session_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200812124254000000_add_session_token.postgres.down.sql
-- +migrate Up
DELETE FROM sessions;

-- +migrate Down
ALTER TABLE "sessions" DROP COLUMN "token";
