-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210618103120000000_logout_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210618103120000000_logout_token.postgres.down.sql
-- +migrate Up
ALTER TABLE "sessions" ADD COLUMN "logout_token" VARCHAR (32);

-- +migrate Down
ALTER TABLE "sessions" DROP COLUMN "logout_token";
