-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210410175418000015_network.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210410175418000015_network.postgres.down.sql
-- +migrate Up
ALTER TABLE "selfservice_errors" ADD COLUMN "nid" UUID;

-- +migrate Down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "nid";
