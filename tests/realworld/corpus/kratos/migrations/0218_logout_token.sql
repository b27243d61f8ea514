-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210618103120000002_logout_token.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210618103120000002_logout_token.postgres.down.sql
-- +migrate Up
ALTER TABLE "sessions" ALTER COLUMN "logout_token" TYPE VARCHAR (32), ALTER COLUMN "logout_token" DROP NOT NULL;
