-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210810153530000001_aal.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210810153530000001_aal.postgres.down.sql
-- +migrate Up
ALTER TABLE "sessions" ADD COLUMN "authentication_methods" jsonb;

-- +migrate Down
ALTER TABLE "sessions" DROP COLUMN "aal";
