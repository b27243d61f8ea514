-- ory/kratos@b86338da04a040247a07f46100a86dcfb3875909
-- up: persistence/sql/migrations/sql/20210816142650000001_flow_internal_context.postgres.up.sql
-- down: persistence/sql/migrations/sql/20210816142650000001_flow_internal_context.postgres.down.sql
-- +migrate Up
UPDATE selfservice_login_flows SET internal_context='{}';

-- +migrate Down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "internal_context";
