-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210810153530000003_aal.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210810153530000003_aal.postgres.down.sql
-- +migrate Up
ALTER TABLE "sessions" ALTER COLUMN "authentication_methods" TYPE jsonb, ALTER COLUMN "authentication_methods" SET NOT NULL;
