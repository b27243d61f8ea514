-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210810153530000004_aal.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210810153530000004_aal.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "requested_aal" VARCHAR (4) NOT NULL DEFAULT 'aal1';
