-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20200812160551000000_add_session_revoke.postgres.up.sql
-- down: persistence/sql/migrations/sql/20200812160551000000_add_session_revoke.postgres.down.sql
-- +migrate Up
ALTER TABLE "sessions" ADD COLUMN "active" boolean DEFAULT 'false';

-- +migrate Down
ALTER TABLE "sessions" DROP COLUMN "active";
