-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210810153530000000_aal.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210810153530000000_aal.postgres.down.sql
-- +migrate Up
ALTER TABLE "sessions" ADD COLUMN "aal" VARCHAR (4) NOT NULL DEFAULT 'aal1';

-- +migrate Down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "requested_aal";
